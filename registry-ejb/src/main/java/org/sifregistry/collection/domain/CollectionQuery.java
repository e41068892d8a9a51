package org.sifregistry.collection.domain;

import java.util.Locale;

import org.sifregistry.common.LikePattern;

/** What the collections list is filtered and sorted by: a part of the name, and an order. */
public record CollectionQuery(String search, CollectionSort sort, boolean descending) {

    public static final int SEARCH_MAX_LENGTH = 128;

    public CollectionQuery {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (search.length() > SEARCH_MAX_LENGTH) {
            search = search.substring(0, SEARCH_MAX_LENGTH);
        }
        sort = sort == null ? CollectionSort.NAME : sort;
    }

    public static CollectionQuery all() {
        return new CollectionQuery("", CollectionSort.NAME, false);
    }

    /** A LIKE pattern matching names that contain the search text; LIKE's wildcards in it match themselves. */
    public String namePattern() {
        return LikePattern.containing(search);
    }
}
