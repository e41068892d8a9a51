package org.sifregistry.star.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;

/** Stars, and the collections a user starred; joins the calling service's transaction. */
@ApplicationScoped
public class StarRepository {

    // A star outlives its collection's change to private: it is kept but listed only while the caller may see it.
    private static final String STARRED_VISIBLE = "FROM Star s JOIN s.collection c WHERE s.user.username = :username"
            + " AND " + Collection.VISIBLE_TO_CALLER;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<Star> find(String username, CollectionName collection) {
        return em.createNamedQuery("Star.find", Star.class)
                .setParameter("username", username)
                .setParameter("collection", collection.value())
                .getResultStream().findFirst();
    }

    /** One page of the collections the caller starred and may still see, the latest star first. */
    public List<Collection> starredBy(Caller caller, PageRequest page) {
        return visibleTo(em.createQuery("SELECT c " + STARRED_VISIBLE + " ORDER BY s.created DESC, s.id DESC",
                Collection.class), caller)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long countStarredBy(Caller caller) {
        return visibleTo(em.createQuery("SELECT COUNT(s) " + STARRED_VISIBLE, Long.class), caller).getSingleResult();
    }

    public void add(Star star) {
        em.persist(star);
        em.flush();
    }

    public void remove(Star star) {
        em.remove(star);
    }

    public void removeAllOf(Collection collection) {
        em.createNamedQuery("Star.deleteByCollection").setParameter("collection", collection).executeUpdate();
    }

    private static <T> TypedQuery<T> visibleTo(TypedQuery<T> query, Caller caller) {
        return CollectionVisibility.bind(query, caller);
    }
}
