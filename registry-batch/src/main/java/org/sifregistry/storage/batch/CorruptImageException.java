package org.sifregistry.storage.batch;

import org.sifregistry.storage.ImageDigest;

/**
 * An image file whose content does not hash to its name: it is not copied, and {@code migrate-storage} skips it and
 * lists it, since no name it could be copied under would be right.
 */
public class CorruptImageException extends Exception {

    private final ImageDigest named;

    public CorruptImageException(ImageDigest named, ImageDigest actual) {
        super("The image file " + named.hex() + " holds content whose sha256 is " + actual.hex());
        this.named = named;
    }

    /** The digest the file is named after. */
    public ImageDigest named() {
        return named;
    }
}
