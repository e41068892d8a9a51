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

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Caller caller) {
        return query.setParameter("admin", caller.isAdmin()).setParameter("username", caller.username());
    }
}
