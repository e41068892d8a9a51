package org.sifregistry.container.application;

import java.util.Map;

import org.sifregistry.container.domain.Container;

/** One tag of a container name: which image it points at, for which architecture, and how often it was pulled. */
public record ImageTag(String tag, String architecture, long imageId, long downloadCount) {

    /** The tag of {@code container}, its image's id looked up by version in {@code imageIds} (0 if unknown). */
    static ImageTag of(Container container, Map<String, Long> imageIds) {
        return new ImageTag(container.tag().value(), container.architecture(),
                imageIds.getOrDefault(container.version(), 0L), container.downloadCount());
    }
}
