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
        List<Container> found = containers.search(query, LIMIT, caller);
        Map<String, Map<String, Long>> imageIds = images.idsByVersion(found);
        Map<String, List<Container>> byName = new LinkedHashMap<>();
        for (Container k : found) {
            byName.computeIfAbsent(ImageRepository.nameKey(k.collection(), k.name()), x -> new ArrayList<>()).add(k);
        }
        List<ContainerMatch> matches = new ArrayList<>();
        for (Map.Entry<String, List<Container>> tags : byName.entrySet()) {
            Container first = tags.getValue().get(0);
            Map<String, Long> ids = imageIds.getOrDefault(tags.getKey(), Map.of());
            matches.add(new ContainerMatch(first.collection().name(), first.name(), tags.getValue().stream()
                    .map(k -> ImageTag.of(k, ids))
                    .toList()));
        }
        return new SearchResult(collections.list(query, new PageRequest(0, LIMIT), caller), matches);
    }
}
