package org.sifregistry.storage;

import java.util.Arrays;
import java.util.Objects;

/**
 * An upload that has been received and hashed but is not yet in the store; hand it back to
 * {@link ImageStore#commit} or {@link ImageStore#discard}.
 *
 * @param location where the backend keeps the bytes meanwhile (a file, an object's key); callers treat it as
 *                 opaque and never read, move or delete what it names themselves
 * @param head the first {@value #HEAD_LENGTH} bytes (all of them if fewer), to tell the file's format before
 *             publishing it
 */
public record StagedImage(ImageDigest digest, long size, String location, byte[] head) {

    public static final int HEAD_LENGTH = 64;

    public StagedImage {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(location, "location");
        if (size < 0) {
            throw new IllegalArgumentException("size < 0: " + size);
        }
        head = Arrays.copyOf(head, (int) Math.min(size, Math.min(head.length, HEAD_LENGTH)));
    }
}

