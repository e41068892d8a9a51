package org.sifregistry.container.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * A page of the values of {@code key}, by value, with how many containers carry each and how many distinct
     * images (versions) those are ({@link #valueCounts}).
     */
    public List<LabelValueCount> values(String key, PageRequest page, Caller caller) {
        List<ValueCount> shown = valueCounts(key, null, caller).stream()
                .skip(page.offset()).limit(page.limit()).toList();
        Map<Long, Long> privateImages = caller.isAnonymous() || shown.isEmpty() ? Map.of()
                : imagesOnlyInPrivate(shown.stream().map(ValueCount::label).toList(), caller);
        return shown.stream()
                .map(v -> new LabelValueCount(v.value(), v.containers(),
                        v.publicImages() + privateImages.getOrDefault(v.label(), 0L)))
                .toList();
    }

    /** Per label, the images that carry it in the private collections the caller may see and in no public one. */
    private Map<Long, Long> imagesOnlyInPrivate(List<Long> labels, Caller caller) {
        Map<Long, Long> images = new HashMap<>();
        CollectionVisibility.bind(em.createQuery("SELECT l.id, COUNT(DISTINCT k.version) " + VISIBLE_LABELS
                        + IN_PRIVATE_COLLECTION + " AND l.id IN :labels AND NOT EXISTS (SELECT i FROM LabelImage i"
                        + " WHERE i.label = l.id AND i.version = k.version AND i.publicCarriers > 0) GROUP BY l.id",
                        Object[].class), caller)
                .setParameter("labels", labels)
                .getResultStream()
                .forEach(row -> images.put(count(row[0]), count(row[1])));
        return images;
    }

    public long countValues(String key, Caller caller) {
        return valueCounts(key, null, caller).size();
    }

    /**
     * The containers carrying {@code key}, only those with {@code value} unless it is null: by value, then newest
     * first. The page is found from each value's count, then read from the one or two values it falls on in the
     * order of the label's index, so a page deep into a value carried by a million containers sorts nothing.
     */
    public List<LabelCarrier> carriers(String key, String value, PageRequest page, Caller caller) {
        List<LabelCarrier> carriers = new ArrayList<>();
        long skip = page.offset();
        for (ValueCount count : valueCounts(key, value, caller)) {
            if (carriers.size() == page.limit()) {
                break;
            }
            if (skip >= count.containers()) {
                skip -= count.containers();
                continue;
            }
            carriers.addAll(newestCarriers(count, (int) skip, page.limit() - carriers.size(), caller));
            skip = 0;
        }
        return carriers;
    }

    private List<LabelCarrier> newestCarriers(ValueCount count, int offset, int limit, Caller caller) {
        return CollectionVisibility.bind(em.createQuery("SELECT " + ContainerListing.COLUMNS + " " + VISIBLE_LABELS
                        + " AND l.id = :label ORDER BY k.id DESC", Object[].class), caller)
                .setParameter("label", count.label())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new LabelCarrier(count.value(), ContainerListing.of(row, 0)))
                .toList();
    }

    /** How many containers the caller may see carry the label, from {@link #valueCounts}. */
    public long countCarriers(String key, String value, Caller caller) {
        return valueCounts(key, value, caller).stream().mapToLong(ValueCount::containers).sum();
    }

    /**
     * A value of a key, its label's id, how many containers the caller may see carry it, and how many images carry
     * it in public collections.
     */
    private record ValueCount(long label, String value, long containers, long publicImages) {
    }

    /**
     * The values of {@code key} (only {@code value} unless it is null) the caller may see, by value: those the
     * public collections carry with the counts kept for them, and those of the private collections the caller may
     * see, counted now (none for a visitor). A container carries one value of a key, so the counts add up.
     */
    private List<ValueCount> valueCounts(String key, String value, Caller caller) {
        Map<Long, ValueCount> byLabel = new HashMap<>();
        bindKeyAndValue(em.createQuery("SELECT l.id, l.value, l.publicCarriers, l.publicImages FROM Label l"
                        + " WHERE l.publicCarriers > 0" + keyAndValueCondition(value), Object[].class), key, value)
                .getResultStream()
                .forEach(row -> addValue(byLabel, row));
        if (!caller.isAnonymous()) {
            bindKeyAndValue(CollectionVisibility.bind(em.createQuery("SELECT l.id, l.value, COUNT(k), l.publicImages "
                            + VISIBLE_LABELS + IN_PRIVATE_COLLECTION + keyAndValueCondition(value)
                            + " GROUP BY l.id, l.value, l.publicImages", Object[].class), caller), key, value)
                    .getResultStream()
                    .forEach(row -> addValue(byLabel, row));
        }
        return byLabel.values().stream().sorted(Comparator.comparing(ValueCount::value)).toList();
    }

    private static void addValue(Map<Long, ValueCount> byLabel, Object[] row) {
        byLabel.merge(count(row[0]), new ValueCount(count(row[0]), (String) row[1], count(row[2]), count(row[3])),
                (a, b) -> new ValueCount(a.label(), a.value(), a.containers() + b.containers(), a.publicImages()));
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
