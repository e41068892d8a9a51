package org.sifregistry.share.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.common.PageRequest;
import org.sifregistry.container.domain.Container;

@ApplicationScoped
public class ShareLinkRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<ShareLink> findByTokenHash(String tokenHash) {
        return em.createNamedQuery("ShareLink.findByTokenHash", ShareLink.class)
                .setParameter("tokenHash", tokenHash)
                .getResultStream().findFirst();
    }

    public Optional<ShareLink> find(long id) {
        return Optional.ofNullable(em.find(ShareLink.class, id));
    }

    public void add(ShareLink link) {
        em.persist(link);
    }

    public List<ShareLink> page(Container container, PageRequest page) {
        return em.createNamedQuery("ShareLink.findByContainer", ShareLink.class)
                .setParameter("container", container)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long count(Container container) {
        return em.createQuery("SELECT COUNT(s) FROM ShareLink s WHERE s.container = :container", Long.class)
                .setParameter("container", container)
                .getSingleResult();
    }

    public void removeAllOf(Container container) {
        em.createNamedQuery("ShareLink.deleteByContainer").setParameter("container", container).executeUpdate();
    }

    /** Deletes links that expired before the cutoff; returns how many. */
    public int removeExpiredBefore(Instant cutoff) {
        return em.createNamedQuery("ShareLink.deleteExpiredBefore").setParameter("cutoff", cutoff).executeUpdate();
    }
}
