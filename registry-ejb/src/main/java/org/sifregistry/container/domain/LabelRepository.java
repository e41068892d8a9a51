package org.sifregistry.container.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * Label keys and values as the containers the caller may see carry them, counted and paged: a
 * label only on private containers does not exist for someone who may not see them.
 */
@ApplicationScoped
public class LabelRepository {

    private static final String VISIBLE_LABELS =
            "FROM Container k JOIN k.collection c JOIN k.labels l WHERE " + Collection.VISIBLE_TO_CALLER;
    private static final String KEY_MATCHES = " AND LOWER(l.key) LIKE :pattern ESCAPE '\\'";
    private static final String OF_KEY = " AND l.key = :key";
    private static final String IN_PRIVATE_COLLECTION = " AND c.privateCollection = TRUE";
    private static final Comparator<LabelKeyCount> BY_KEY = Comparator
            .comparing((LabelKeyCount k) -> k.key().toLowerCase(Locale.ROOT)).thenComparing(LabelKeyCount::key);

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public List<LabelKeyCount> keys(SearchText search, PageRequest page, Caller caller) {
        return keyCounts(search, caller).stream().skip(page.offset()).limit(page.limit()).toList();
    }

    public long countKeys(SearchText search, Caller caller) {
        return keyCounts(search, caller).size();
    }

    /**
     * Every key the caller may see, by name: the counts kept for the public collections ({@link PublicCarriers}: one
     * row per key and value, however many containers), plus the private collections the caller may see, counted now
     * (none for a visitor, their own and shared ones for most). A container carries one value of a key, so the
     * containers add up; a value counts once, whether public, private or both.
     */
    private List<LabelKeyCount> keyCounts(SearchText search, Caller caller) {
        Map<String, LabelKeyCount> byKey = new HashMap<>();
        em.createQuery("SELECT l.key, SUM(l.publicCarriers), COUNT(l) FROM Label l WHERE l.publicCarriers > 0"
                        + KEY_MATCHES + " GROUP BY l.key", Object[].class)
                .setParameter("pattern", search.likePattern())
                .getResultStream()
                .forEach(row -> add(byKey, new LabelKeyCount((String) row[0], count(row[1]), count(row[2]))));
        if (!caller.isAnonymous()) {
            CollectionVisibility.bind(em.createQuery("SELECT l.key, COUNT(k), l.publicCarriers " + VISIBLE_LABELS
                            + IN_PRIVATE_COLLECTION + KEY_MATCHES + " GROUP BY l.id, l.key, l.publicCarriers",
                            Object[].class), caller)
                    .setParameter("pattern", search.likePattern())
                    .getResultStream()
                    .forEach(row -> add(byKey, new LabelKeyCount((String) row[0], count(row[1]),
                            count(row[2]) == 0 ? 1 : 0)));
        }
        return byKey.values().stream().sorted(BY_KEY).toList();
    }

    private static void add(Map<String, LabelKeyCount> byKey, LabelKeyCount count) {
        byKey.merge(count.key(), count, (a, b) -> new LabelKeyCount(a.key(), a.containers() + b.containers(),
                a.values() + b.values()));
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

    /**
     * How many values of {@code key} the caller may see: those the public collections carry, from the counts kept
     * for them, and those of the private collections the caller may see, read now (none for a visitor).
     */
    public long countValues(String key, Caller caller) {
        Set<String> values = new HashSet<>(em.createQuery("SELECT l.value FROM Label l WHERE l.publicCarriers > 0"
                + OF_KEY, String.class).setParameter("key", key).getResultList());
        if (!caller.isAnonymous()) {
            values.addAll(CollectionVisibility.bind(em.createQuery("SELECT DISTINCT l.value " + VISIBLE_LABELS
                            + IN_PRIVATE_COLLECTION + OF_KEY, String.class), caller)
                    .setParameter("key", key)
                    .getResultList());
        }
        return values.size();
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

    /** How many containers the caller may see carry the label: as {@link #countValues}, kept and read now. */
    public long countCarriers(String key, String value, Caller caller) {
        long carriers = count(bindKeyAndValue(em.createQuery("SELECT COALESCE(SUM(l.publicCarriers), 0) FROM Label l"
                + " WHERE l.publicCarriers > 0" + keyAndValueCondition(value), Number.class), key, value)
                .getSingleResult());
        if (!caller.isAnonymous()) {
            carriers += bindKeyAndValue(CollectionVisibility.bind(em.createQuery("SELECT COUNT(k) " + VISIBLE_LABELS
                    + IN_PRIVATE_COLLECTION + keyAndValueCondition(value), Long.class), caller), key, value)
                    .getSingleResult();
        }
        return carriers;
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
