package org.sifregistry.collection.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sifregistry.common.LikePattern;

/**
 * What the collections list is filtered and sorted by: a part of the name, whose collections (all, starred, the
 * caller's own), public or private ones, and an order.
 */
public record CollectionQuery(String search, CollectionSort sort, boolean descending, CollectionScope scope,
                              CollectionPrivacy privacy) {

    public static final int SEARCH_MAX_LENGTH = 128;

    public CollectionQuery {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (search.length() > SEARCH_MAX_LENGTH) {
            search = search.substring(0, SEARCH_MAX_LENGTH);
        }
        sort = sort == null ? CollectionSort.NAME : sort;
        scope = scope == null ? CollectionScope.ALL : scope;
        privacy = privacy == null ? CollectionPrivacy.ANY : privacy;
    }

    /** Every visible collection whose name contains {@code search}. */
    public CollectionQuery(String search, CollectionSort sort, boolean descending) {
        this(search, sort, descending, CollectionScope.ALL, CollectionPrivacy.ANY);
    }

    public static CollectionQuery all() {
        return new CollectionQuery("", CollectionSort.NAME, false);
    }

    /** A LIKE pattern matching names that contain the search text; LIKE's wildcards in it match themselves. */
    public String namePattern() {
        return LikePattern.containing(search);
    }

    /** The JPQL conditions of the scope and privacy filters on collection {@code c}, each after " AND ". */
    public String filterConditions() {
        return Stream.of(scope.condition(), privacy.condition())
                .filter(Objects::nonNull)
                .map(condition -> " AND " + condition)
                .collect(Collectors.joining());
    }
}
