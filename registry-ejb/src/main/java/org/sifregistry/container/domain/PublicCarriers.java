package org.sifregistry.container.domain;

import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.common.RowOpener;
import org.sifregistry.common.SqlBoolean;

/**
 * Keeps each topic's and each label's count of the containers in public collections that carry it (their
 * {@code public_carriers}), so that the topics and labels pages read one row per topic or label instead of every
 * container a visitor may see (seconds at 100,000 containers), and each label's public carriers per image version
 * ({@link LabelImages}), so that a key's values count their images without reading their carriers. Every change is a
 * delta in the transaction that makes it: a container's topics, labels or image changed or the container removed, a
 * collection made public or private.
 */
@ApplicationScoped
public class PublicCarriers {

    private static final Carrying TOPICS = new Carrying("topic_tags", "container_topic_tags", "topic_tag_id");
    private static final Carrying LABELS = new Carrying("labels", "container_labels", "label_id");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private LabelImages labelImages;

    @Inject
    private RowOpener opener;

    /** What a container carries that is counted, by id: its topic tags and labels, and its image's version. */
    public record Carried(Set<Long> topics, Set<Long> labels, String version) {

        public static final Carried NOTHING = new Carried(Set.of(), Set.of(), null);

        public static Carried by(Container container) {
            return new Carried(container.topicTags().stream().map(TopicTag::id).collect(Collectors.toSet()),
                    container.labels().stream().map(Label::id).collect(Collectors.toSet()), container.version());
        }

        Set<LabelImages.Key> labelImages() {
            return labels.stream().map(label -> new LabelImages.Key(label, version)).collect(Collectors.toSet());
        }
    }

    /**
     * {@code container} carried {@code before} and now carries {@code after} (nothing when it is about to be
     * removed). Its row is locked first and its collection's privacy read afresh: a collection made public or private
     * meanwhile locks its containers as it counts them, so either it counts this change's rows or this change waits
     * for it and sees its privacy.
     */
    public void containerChanged(Container container, Carried before, Carried after) {
        if (before.equals(after)) {
            return;
        }
        // The counts first, the container's links to what it carries at commit: flushed first, each link would take
        // a shared lock on its row through its foreign key, and two changes of one row, each holding that lock and
        // asking for the exclusive one to count, would deadlock
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            count(container, before, after);
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    private void count(Container container, Carried before, Carried after) {
        if (isInPrivateCollection(container)) {
            return;
        }
        SortedMap<LabelImages.Key, Long> images = new TreeMap<>();
        deltas(before.labelImages(), after.labelImages()).forEach((key, delta) -> images.put(key, (long) delta));
        // Before any count: each row is made in a transaction of its own, which would otherwise run while this one
        // holds rows that every change of the same topic or label waits for
        openMissing(images);
        TOPICS.count(em, before.topics(), after.topics());
        // Each label's row before its images' rows, in id order, so two changes of one label never deadlock
        SortedMap<Long, Integer> labels = deltas(before.labels(), after.labels());
        images.keySet().forEach(key -> labels.putIfAbsent(key.label(), 0));
        labels.forEach((label, delta) -> {
            LABELS.add(em, label, delta);
            images.subMap(new LabelImages.Key(label, ""), new LabelImages.Key(label + 1, ""))
                    .forEach(labelImages::add);
        });
    }

    private void openMissing(SortedMap<LabelImages.Key, Long> images) {
        images.forEach((key, delta) -> {
            if (delta > 0 && !labelImages.exists(key)) {
                opener.open(() -> labelImages.exists(key), () -> labelImages.create(key));
            }
        });
    }

    /** {@code collection} was made private (its carriers stop counting) or public (they start to). */
    public void privacyChanged(Collection collection, boolean nowPrivate) {
        em.flush();
        em.createNativeQuery("SELECT id FROM containers WHERE collection_id = ?1 FOR UPDATE")
                .setParameter(1, collection.id())
                .getResultList();
        int sign = nowPrivate ? -1 : 1;
        TOPICS.countCollection(em, collection, sign);
        LABELS.countCollection(em, collection, sign);
        SortedMap<LabelImages.Key, Long> images = new TreeMap<>();
        labelImages.carriedIn(collection.id()).forEach(c -> images.put(c.key(), sign * c.containers()));
        openMissing(images);
        images.forEach(labelImages::add);
    }

    private boolean isInPrivateCollection(Container container) {
        em.createNativeQuery("SELECT id FROM containers WHERE id = ?1 FOR UPDATE")
                .setParameter(1, container.id())
                .getResultList();
        Object privateCollection = em.createNativeQuery("SELECT c.private_collection FROM collections c"
                        + " JOIN containers k ON k.collection_id = c.id WHERE k.id = ?1")
                .setParameter(1, container.id())
                .getSingleResult();
        return SqlBoolean.of(privateCollection);
    }

    /** +1 for what is only in {@code after}, -1 for what is only in {@code before}, in order. */
    private static <T extends Comparable<T>> SortedMap<T, Integer> deltas(Set<T> before, Set<T> after) {
        SortedMap<T, Integer> deltas = new TreeMap<>();
        after.stream().filter(id -> !before.contains(id)).forEach(id -> deltas.put(id, 1));
        before.stream().filter(id -> !after.contains(id)).forEach(id -> deltas.put(id, -1));
        return deltas;
    }

    /** A table of what containers carry ({@code table}), linked to them by {@code links}' {@code column}. */
    private record Carrying(String table, String links, String column) {

        /** In the order of the rows' ids, so that two changes that count the same rows cannot deadlock. */
        void count(EntityManager em, Set<Long> before, Set<Long> after) {
            deltas(before, after).forEach((id, delta) -> add(em, id, delta));
        }

        void add(EntityManager em, long id, int delta) {
            em.createNativeQuery("UPDATE " + table + " SET public_carriers = public_carriers + ?1 WHERE id = ?2")
                    .setParameter(1, delta)
                    .setParameter(2, id)
                    .executeUpdate();
        }

        /** Adds the collection's carriers of each row to its count, or takes them away ({@code sign} -1). */
        void countCollection(EntityManager em, Collection collection, int sign) {
            String ofCollection = " FROM " + links + " x JOIN containers k ON k.id = x.container_id"
                    + " WHERE k.collection_id = ?2";
            em.createNativeQuery("UPDATE " + table + " SET public_carriers = public_carriers + ?1 * (SELECT COUNT(*)"
                            + ofCollection + " AND x." + column + " = " + table + ".id) WHERE id IN (SELECT x."
                            + column + ofCollection + ")")
                    .setParameter(1, sign)
                    .setParameter(2, collection.id())
                    .executeUpdate();
        }
    }
}
