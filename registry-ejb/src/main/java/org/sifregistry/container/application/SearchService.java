package org.sifregistry.container.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.SearchResult.ContainerMatch;
import org.sifregistry.container.application.SearchResult.ImageMatch;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.ImageFilter;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.SignatureSummary;

/**
 * Finds entities, collections, containers and images by a part of their names, never showing what the caller may
 * not see. An image filter (architecture, signed only) narrows the search to images, as the library client expects.
 */
@Stateless
public class SearchService {

    /** Enough for a command-line listing; the web UI pages through collections instead. */
    static final int LIMIT = 100;

    @Inject
    private CollectionService collections;

    @Inject
    private CollectionRepository collectionRepository;

    @Inject
    private ContainerRepository containers;

    @Inject
    private ImageRepository images;

    public SearchResult search(String text, ImageFilter filter, Caller caller) {
        CollectionQuery query = new CollectionQuery(text, CollectionSort.NAME, false);
        List<Container> found = containers.search(query, LIMIT, caller);
        Map<String, Map<String, Long>> imageIds = images.idsByVersion(found);
        Map<Long, List<SignatureSummary>> signatures = containers.signaturesOf(found);
        Map<String, List<Container>> byName = new LinkedHashMap<>();
        for (Container k : found) {
            byName.computeIfAbsent(ImageRepository.nameKey(k.collection(), k.name()), x -> new ArrayList<>()).add(k);
        }
        List<ContainerMatch> matches = new ArrayList<>();
        List<ImageMatch> imageMatches = new ArrayList<>();
        for (Map.Entry<String, List<Container>> tags : byName.entrySet()) {
            Container first = tags.getValue().get(0);
            Map<String, Long> ids = imageIds.getOrDefault(tags.getKey(), Map.of());
            matches.add(new ContainerMatch(first.collection().name(), first.name(), tags.getValue().stream()
                    .map(k -> ImageTag.of(k, ids))
                    .toList()));
            imageMatches.addAll(imagesOf(tags.getValue(), ids, signatures, filter));
        }
        if (filter.narrows()) {
            return new SearchResult(List.of(), List.of(), List.of(), imageMatches);
        }
        return new SearchResult(collectionRepository.entitiesMatching(query, LIMIT, caller),
                collections.list(query, new PageRequest(0, LIMIT), caller), matches, imageMatches);
    }

    /** The images of one container name's tags that pass the filter, each once with all of its tags. */
    private static List<ImageMatch> imagesOf(List<Container> tags, Map<String, Long> imageIds,
                                             Map<Long, List<SignatureSummary>> signatures, ImageFilter filter) {
        Map<String, List<Container>> byVersion = new LinkedHashMap<>();
        for (Container k : tags) {
            if (filter.matches(k, signatures.getOrDefault(k.id(), List.of()))) {
                byVersion.computeIfAbsent(k.version(), v -> new ArrayList<>()).add(k);
            }
        }
        return byVersion.values().stream().map(same -> {
            Container k = same.get(0);
            List<SignatureSummary> signed = signatures.getOrDefault(k.id(), List.of());
            return new ImageMatch(imageIds.getOrDefault(k.version(), 0L), k.collection().entity(),
                    k.collection().name(), k.name(), k.version(), k.size(), k.architecture(),
                    same.stream().map(t -> t.tag().value()).toList(), ImageFilter.isSigned(signed),
                    signed.stream().map(SignatureSummary::signer).filter(Objects::nonNull).distinct().toList(),
                    same.stream().mapToLong(Container::downloadCount).sum(), k.created());
        }).toList();
    }
}
