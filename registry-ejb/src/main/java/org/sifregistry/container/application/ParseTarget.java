package org.sifregistry.container.application;

import org.sifregistry.storage.ImageDigest;

/** A container whose image's header is yet to be read, and the stored image to read it from. */
public record ParseTarget(long containerId, String ref, ImageDigest digest) {

    public String version() {
        return digest.version();
    }
}
