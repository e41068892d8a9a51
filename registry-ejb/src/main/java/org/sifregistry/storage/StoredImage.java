package org.sifregistry.storage;

import java.util.Objects;

/** An image held by the store: its digest and its size in bytes. */
public record StoredImage(ImageDigest digest, long size) {

    public StoredImage {
        Objects.requireNonNull(digest, "digest");
        if (size < 0) {
            throw new IllegalArgumentException("size < 0: " + size);
        }
    }
}
