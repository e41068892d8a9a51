package org.sifregistry.collection.domain;

import jakarta.persistence.TypedQuery;

import org.sifregistry.common.Caller;

/**
 * Binds the caller to a query that filters by {@link Collection#VISIBLE_TO_CALLER}, so that every query over
 * collections, containers and what hangs off them (labels, topics, sizes, downloads) hides what the caller may not see.
 */
public final class CollectionVisibility {

    private CollectionVisibility() {
    }

    /**
     * The JPQL condition "the caller may see the collection of container k", and {@code alsoOfCollection} (a
     * condition on that collection, {@code c}, after " AND ", or ""), as a subquery per container rather than a join
     * to the collection, so the query must not name a {@code c} of its own. A ranking of containers by one of their
     * indexed columns then reads the containers in the index's order and stops at the end of its page: with the
     * join, MariaDB sorted every visible container first and H2 scanned them all (seconds at a million containers;
     * see bench/README.md).
     */
    public static String ofContainer(String alsoOfCollection) {
        return "(SELECT COUNT(c) FROM Collection c WHERE c = k.collection AND " + Collection.VISIBLE_TO_CALLER
                + alsoOfCollection + ") > 0";
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Caller caller) {
        return query.setParameter("admin", caller.isAdmin()).setParameter("username", caller.username())
                .setParameter("everyCollection", !caller.isLimited())
                .setParameter("collections", caller.reachedCollections());
    }
}
