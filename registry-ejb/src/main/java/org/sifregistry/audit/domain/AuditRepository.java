package org.sifregistry.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.common.LikePattern;
import org.sifregistry.common.PageRequest;

/** Audit events, newest first, filtered and paged in the database. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(AuditEvent event) {
        em.persist(event);
    }

    public List<AuditEvent> page(AuditQuery query, PageRequest page) {
        return select("SELECT e", query, " ORDER BY e.at DESC, e.id DESC", AuditEvent.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long count(AuditQuery query) {
        return select("SELECT COUNT(e)", query, "", Long.class).getSingleResult();
    }

    /** Deletes the events before {@code cutoff}; how many went. */
    public int purgeBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM AuditEvent e WHERE e.at < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private <T> TypedQuery<T> select(String select, AuditQuery query, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (query.action() != null) {
            conditions.add("e.action = :action");
        }
        if (query.actor() != null) {
            conditions.add("e.actor = :actor");
        }
        if (query.target() != null) {
            conditions.add("e.target LIKE :target ESCAPE '\\'");
        }
        if (query.from() != null) {
            conditions.add("e.at >= :from");
        }
        if (query.until() != null) {
            conditions.add("e.at < :until");
        }
        TypedQuery<T> typed = em.createQuery(select + " FROM AuditEvent e WHERE " + String.join(" AND ", conditions)
                + order, type);
        if (query.action() != null) {
            typed.setParameter("action", query.action());
        }
        if (query.actor() != null) {
            typed.setParameter("actor", query.actor());
        }
        if (query.target() != null) {
            typed.setParameter("target", LikePattern.containing(query.target()));
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.until() != null) {
            typed.setParameter("until", query.until());
        }
        return typed;
    }
}
