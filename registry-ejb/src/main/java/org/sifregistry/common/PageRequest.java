package org.sifregistry.common;

/** A window into a list: paging is always done by the database, never by loading a list whole. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("offset", ErrorKey.PAGE_OFFSET);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", ErrorKey.PAGE_LIMIT, MAX_LIMIT, limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
