package org.sifregistry.container.domain;

import java.util.List;

import jakarta.persistence.TypedQuery;

/**
 * Where a page of the OCI catalog starts: after the repository {@code collection/name} the client last saw, or
 * from the start. Repositories are ordered by the pair, not by the joined text, so that the (collection, name)
 * indexes serve the queries.
 */
record CatalogCursor(String collection, String name) {

    /** @param after {@code collection/name}, or null for the start */
    static CatalogCursor after(String after) {
        if (after == null) {
            return new CatalogCursor(null, null);
        }
        int slash = after.indexOf('/');
        return slash < 0 ? new CatalogCursor(after, "") : new CatalogCursor(after.substring(0, slash),
                after.substring(slash + 1));
    }

    /** The JPQL condition, after " AND ", on the given collection and name paths; empty from the start. */
    String condition(String collectionPath, String namePath) {
        return collection == null ? "" : " AND (" + collectionPath + " > :afterCollection OR (" + collectionPath
                + " = :afterCollection AND " + namePath + " > :afterName))";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        return collection == null ? query
                : query.setParameter("afterCollection", collection).setParameter("afterName", name);
    }

    /** Rows of (collection, name) as {@code collection/name}. */
    static List<String> repositories(List<Object[]> rows) {
        return rows.stream().map(row -> row[0] + "/" + row[1]).toList();
    }
}
