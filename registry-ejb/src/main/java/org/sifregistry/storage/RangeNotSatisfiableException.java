package org.sifregistry.storage;

import org.sifregistry.common.InvalidInputException;

/**
 * A well-formed byte range that lies outside the image. {@link #total()} is there for the
 * {@code Content-Range} header that a 416 answer carries.
 */
public class RangeNotSatisfiableException extends InvalidInputException {

    private final long total;

    public RangeNotSatisfiableException(long total) {
        super("range", "The requested range lies outside the image's " + total + " bytes");
        this.total = total;
    }

    public long total() {
        return total;
    }
}
