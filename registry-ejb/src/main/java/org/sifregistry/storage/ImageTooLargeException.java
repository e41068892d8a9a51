package org.sifregistry.storage;

import org.sifregistry.common.ByteSize;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/** An upload went past the size limit; what arrived so far has been thrown away. */
public class ImageTooLargeException extends InvalidInputException {

    private final long limit;

    public ImageTooLargeException(long limit) {
        super("image", ErrorKey.IMAGE_TOO_LARGE, ByteSize.readable(limit));
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
