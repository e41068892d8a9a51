package org.sifregistry.container.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.SearchText;

/**
 * Label keys and values as the containers the caller may see carry them, counted and paged in the database: a
 * label only on private containers does not exist for someone who may not see them.
 */
@ApplicationScoped
public class LabelRepository {

    private static final String VISIBLE_LABELS =
            "FROM Container k JOIN k.collection c JOIN k.labels l WHERE " + Collection.VISIBLE_TO_CALLER;
    private static final String KEY_MATCHES = " AND LOWER(l.key) LIKE :pattern ESCAPE '\\'";
    private static final String OF_KEY = " AND l.key = :key";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public List<LabelKeyCount> keys(SearchText search, PageRequest page, Caller caller) {
        TypedQuery<Object[]> query = em.createQuery("SELECT l.key, COUNT(DISTINCT k.id), COUNT(DISTINCT l.value) "
                + VISIBLE_LABELS + KEY_MATCHES + " GROUP BY l.key ORDER BY LOWER(l.key), l.key", Object[].class);
        return paged(query, page, caller)
                .setParameter("pattern", search.likePattern())
                .getResultStream()
                .map(row -> new LabelKeyCount((String) row[0], count(row[1]), count(row[2])))
                .toList();
    }

    public long countKeys(SearchText search, Caller caller) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(DISTINCT l.key) " + VISIBLE_LABELS + KEY_MATCHES,
                Long.class);
        return CollectionVisibility.bind(query, caller)
                .setParameter("pattern", search.likePattern())
                .getSingleResult();
    }

    public List<LabelValueCount> values(String key, PageRequest page, Caller caller) {
        TypedQuery<Object[]> query = em.createQuery("SELECT l.value, COUNT(DISTINCT k.id), COUNT(DISTINCT k.version) "
                + VISIBLE_LABELS + OF_KEY + " GROUP BY l.value ORDER BY l.value", Object[].class);
        return paged(query, page, caller)
                .setParameter("key", key)
                .getResultStream()
                .map(row -> new LabelValueCount((String) row[0], count(row[1]), count(row[2])))
                .toList();
    }

    public long countValues(String key, Caller caller) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(DISTINCT l.value) " + VISIBLE_LABELS + OF_KEY,
                Long.class);
        return CollectionVisibility.bind(query, caller)
                .setParameter("key", key)
                .getSingleResult();
    }

    /** The containers carrying {@code key}, only those with {@code value} unless it is null, by value and reference. */
    public List<LabelCarrier> carriers(String key, String value, PageRequest page, Caller caller) {
        TypedQuery<Object[]> query = em.createQuery("SELECT l.value, " + ContainerListing.COLUMNS + " "
                + VISIBLE_LABELS + keyAndValueCondition(value) + " ORDER BY l.value, c.name, k.name, k.tag",
                Object[].class);
        return bindKeyAndValue(paged(query, page, caller), key, value)
                .getResultStream()
                .map(row -> new LabelCarrier((String) row[0], ContainerListing.of(row, 1)))
                .toList();
    }

    public long countCarriers(String key, String value, Caller caller) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(k) " + VISIBLE_LABELS + keyAndValueCondition(value),
                Long.class);
        return bindKeyAndValue(CollectionVisibility.bind(query, caller), key, value).getSingleResult();
    }

    private static <T> TypedQuery<T> paged(TypedQuery<T> query, PageRequest page, Caller caller) {
        return CollectionVisibility.bind(query, caller).setFirstResult(page.offset()).setMaxResults(page.limit());
    }

    private static String keyAndValueCondition(String value) {
        return value == null ? OF_KEY : OF_KEY + " AND l.value = :value";
    }

    private static <T> TypedQuery<T> bindKeyAndValue(TypedQuery<T> query, String key, String value) {
        query.setParameter("key", key);
        return value == null ? query : query.setParameter("value", value);
    }

    private static long count(Object aggregate) {
        return ((Number) aggregate).longValue();
    }
}
