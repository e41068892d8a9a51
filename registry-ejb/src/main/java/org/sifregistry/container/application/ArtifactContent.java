package org.sifregistry.container.application;

/**
 * A manifest that is not a SIF artifact's, as it was pushed: what a pull of it answers.
 *
 * @param digest {@code sha256:<hex>} of {@code content}
 */
public record ArtifactContent(String digest, String mediaType, byte[] content) {

    public ArtifactContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
