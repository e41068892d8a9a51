package org.sifregistry.storage;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;

/** The store holds no file for a digest, although the caller expected one. */
public class ImageMissingException extends NotFoundException {

    private final ImageDigest digest;

    public ImageMissingException(ImageDigest digest) {
        super(ErrorKey.IMAGE_MISSING, digest.version());
        this.digest = digest;
    }

    public ImageDigest digest() {
        return digest;
    }
}
