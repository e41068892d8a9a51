package org.sifregistry.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An upload that has been received and hashed but is not yet in the store; hand it back to
 * {@link ImageStore#commit} or {@link ImageStore#discard}.
 *
 * @param file where the backend keeps the bytes meanwhile; callers treat it as opaque and never read,
 *             move or delete it themselves
 */
public record StagedImage(ImageDigest digest, long size, Path file) {

    public StagedImage {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(file, "file");
        if (size < 0) {
            throw new IllegalArgumentException("size < 0: " + size);
        }
    }
}
