package org.sifregistry.container.application;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.container.domain.TopicName;

/**
 * What the header parser made of the image of one container at one version: its metadata, or why the image is
 * malformed ({@code problem}).
 */
public record ImageReading(long containerId, String version, String definitionFile, String runscript, String help,
                           String architecture, Map<String, String> labels, TopicName operatingSystem,
                           List<ImageSignature> signatures, String problem) {

    public ImageReading {
        Objects.requireNonNull(version, "version");
        labels = Map.copyOf(labels);
        signatures = List.copyOf(signatures);
    }

    public static ImageReading malformed(long containerId, String version, String problem) {
        return new ImageReading(containerId, version, null, null, null, null, Map.of(), null, List.of(),
                Objects.requireNonNull(problem, "problem"));
    }

    public boolean isMalformed() {
        return problem != null;
    }
}
