package org.sifregistry.container.application;

import java.time.Instant;
import java.util.List;

/**
 * A manifest of a repository that is not a SIF artifact's (a container image, an index, a signature), for pages that
 * list a collection's OCI content.
 *
 * @param name         the container name of its repository ({@code collection/name})
 * @param tags         its tags, by tag; empty when only its digest names it
 * @param artifactType its artifactType, or else its config's media type; null for an index without one
 * @param size         its own bytes and those of the blobs it lists (not those of an index's manifests)
 * @param subject      {@code sha256:<hex>} of the manifest it refers to, or null
 */
public record ArtifactSummary(String name, String digest, String mediaType, String artifactType, List<String> tags,
                              long size, String subject, Instant pushed) {

    public ArtifactSummary {
        tags = List.copyOf(tags);
    }
}
