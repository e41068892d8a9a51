package org.sifregistry.star.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;

@ApplicationScoped
public class StarRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<Star> find(String username, CollectionName collection) {
        return em.createNamedQuery("Star.find", Star.class)
                .setParameter("username", username)
                .setParameter("collection", collection.value())
                .getResultStream().findFirst();
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
}
