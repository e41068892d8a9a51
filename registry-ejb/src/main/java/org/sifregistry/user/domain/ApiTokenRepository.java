package org.sifregistry.user.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.common.PageRequest;

/** API tokens by the hash of their secret and by owner; joins the calling service's transaction. */
@ApplicationScoped
public class ApiTokenRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    public Optional<ApiToken> findBySecretHash(String hash) {
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public List<ApiToken> ofOwner(String username, PageRequest page) {
        return em.createNamedQuery("ApiToken.ofOwner", ApiToken.class)
                .setParameter("username", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    /**
     * The user's live tokens whose secret can be rebuilt, newest first; at most {@code limit}, which bounds the work
     * of checking a signature against each.
     */
    public List<ApiToken> derivableOf(String username, Instant now, int limit) {
        return em.createNamedQuery("ApiToken.derivableOfOwner", ApiToken.class)
                .setParameter("username", username)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countOfOwner(String username) {
        return em.createNamedQuery("ApiToken.countOfOwner", Long.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    public void add(ApiToken token) {
        em.persist(token);
    }
}
