package org.sifregistry.container.application;

import java.util.Map;

/**
 * A manifest that refers to another by its {@code subject} (a signature, an SBOM, an attestation), described as the
 * referrers API lists it.
 *
 * @param artifactType the manifest's artifactType, or else its config's media type; null for an index without one
 */
public record Referrer(String mediaType, String digest, long size, String artifactType,
                      Map<String, String> annotations) {

    public Referrer {
        annotations = Map.copyOf(annotations);
    }
}
