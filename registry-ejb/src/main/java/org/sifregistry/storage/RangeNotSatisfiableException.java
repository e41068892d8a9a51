package org.sifregistry.storage;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * A well-formed byte range that lies outside the image. {@link #total()} is there for the
 * {@code Content-Range} header that a 416 answer carries.
 */
public class RangeNotSatisfiableException extends InvalidInputException {

    private final long total;

    public RangeNotSatisfiableException(long total) {
        super("range", ErrorKey.RANGE_NOT_SATISFIABLE, total);
        this.total = total;
    }

    public long total() {
        return total;
    }
}
