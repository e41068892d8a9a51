package org.sifregistry.user.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.common.PageRequest;

/** API tokens by the hash of their secret and by owner; joins the calling service's transaction. */
@ApplicationScoped
public class ApiTokenRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    /** The token with its owner and the owner's roles, in one query: what a client presenting it acts as. */
    public Optional<ApiToken> findBySecretHash(String hash) {
        return withHolder(em.createNamedQuery("ApiToken.findByHash", ApiToken.class).setParameter("hash", hash));
    }

    /** As {@link #findBySecretHash}, by id. */
    public Optional<ApiToken> findWithHolder(long id) {
        return withHolder(em.createNamedQuery("ApiToken.findById", ApiToken.class).setParameter("id", id));
    }

    private static Optional<ApiToken> withHolder(TypedQuery<ApiToken> query) {
        // Each left-join-fetch hint adds one more path to fetch; the whole list, so both role sets are complete
        return query.setHint("eclipselink.join-fetch", "t.owner")
                .setHint("eclipselink.left-join-fetch", "t.owner.signInRoles")
                .setHint("eclipselink.left-join-fetch", "t.owner.grantedRoles")
                .setHint("eclipselink.left-join-fetch", "t.collections")
                .getResultList().stream().findFirst();
    }

    /** Whether this was the token's first recorded use: only one of the requests using it at once finds so. */
    public boolean recordFirstUse(long id, Instant now) {
        return em.createNamedQuery("ApiToken.recordFirstUse")
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * Notes a use of the token unless one since {@code since} is noted: a bulk update, so that the request that
     * records it reads nothing more, and of two requests at once only one writes.
     */
    public void recordUse(long id, Instant now, Instant since) {
        em.createNamedQuery("ApiToken.recordUse")
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("since", since)
                .executeUpdate();
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

    public List<ApiToken> ofTeam(Team team, PageRequest page) {
        return em.createNamedQuery("ApiToken.ofTeam", ApiToken.class)
                .setParameter("team", team)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long countOfTeam(Team team) {
        return em.createNamedQuery("ApiToken.countOfTeam", Long.class).setParameter("team", team).getSingleResult();
    }

    /** The tokens of every team the user belongs to, newest first. */
    public List<ApiToken> ofTeamsOf(String username, PageRequest page) {
        return em.createNamedQuery("ApiToken.ofTeamsOfMember", ApiToken.class)
                .setParameter("username", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public List<ApiToken> all(PageRequest page) {
        return em.createNamedQuery("ApiToken.all", ApiToken.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long countAll() {
        return em.createNamedQuery("ApiToken.countAll", Long.class).getSingleResult();
    }

    /** Whether the account owns a token that is neither revoked nor expired. */
    public boolean hasLive(UserAccount owner, Instant now) {
        return em.createNamedQuery("ApiToken.liveOfOwner", Long.class)
                .setParameter("owner", owner)
                .setParameter("now", now)
                .getSingleResult() > 0;
    }

    public void add(ApiToken token) {
        em.persist(token);
    }
}
