package org.sifregistry.container.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.SearchResult.ContainerMatch;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Image;
import org.sifregistry.container.domain.ImageRepository;

/** Finds collections and containers by a part of their names, never showing what the caller may not see. */
@Stateless
public class SearchService {

    /** Enough for a command-line listing; the web UI pages through collections instead. */
    static final int LIMIT = 100;

    @Inject
    private CollectionService collections;

    @Inject
    private ContainerRepository containers;

    @Inject
    private ImageRepository images;

    public SearchResult search(String text, Caller caller) {
        CollectionQuery query = new CollectionQuery(text, CollectionSort.NAME, false);
        Map<String, ContainerMatch> byName = new LinkedHashMap<>();
        Map<String, List<ImageTag>> tags = new LinkedHashMap<>();
        for (Container k : containers.search(query, LIMIT, caller)) {
            String key = k.collection().name() + "/" + k.name();
            ImageTag tag = new ImageTag(k.tag().value(), k.architecture(),
                    images.find(k.collection(), k.name(), k.digest()).map(Image::id).orElse(0L));
            tags.computeIfAbsent(key, x -> new ArrayList<>()).add(tag);
            byName.putIfAbsent(key, new ContainerMatch(k.collection().name(), k.name(), tags.get(key)));
        }
        return new SearchResult(collections.list(query, new PageRequest(0, LIMIT), caller), List.copyOf(byName.values()));
    }
}
