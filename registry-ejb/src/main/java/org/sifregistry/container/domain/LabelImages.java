package org.sifregistry.container.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The public carriers of each label and image version ({@link LabelImage}) and each label's count of the images
 * with any; joins the caller's transaction. Rows are never removed: one at zero is an image no public container
 * carries with that label now, and may again.
 */
@ApplicationScoped
public class LabelImages {

    /** A label and an image version that carry it. */
    public record Key(long label, String version) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byLabel = Long.compare(label, other.label);
            return byLabel != 0 ? byLabel : version.compareTo(other.version);
        }
    }

    /** A label and image version, and how many of a collection's containers carry both. */
    public record Carried(Key key, long containers) {
    }

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** A plain read, which takes no lock: a row made meanwhile by another transaction is made once more, and fails. */
    public boolean exists(Key key) {
        return !em.createNativeQuery("SELECT id FROM label_images WHERE label_id = ?1 AND version = ?2")
                .setParameter(1, key.label())
                .setParameter(2, key.version())
                .getResultList()
                .isEmpty();
    }

    /** A row of no public carriers for {@code key}, written at once: a row made meanwhile elsewhere fails it. */
    public void create(Key key) {
        em.persist(new LabelImage(key.label(), key.version()));
        em.flush();
    }

    /**
     * Adds {@code delta} to the row of {@code key}, which exists, and to its label's count of images when the row
     * passes zero either way. The label's row is the caller's to lock first, so that two changes of one label take
     * its rows in the same order.
     */
    public void add(Key key, long delta) {
        em.createNativeQuery("UPDATE label_images SET public_carriers = public_carriers + ?1"
                        + " WHERE label_id = ?2 AND version = ?3")
                .setParameter(1, delta)
                .setParameter(2, key.label())
                .setParameter(3, key.version())
                .executeUpdate();
        long now = ((Number) em.createNativeQuery("SELECT public_carriers FROM label_images"
                        + " WHERE label_id = ?1 AND version = ?2")
                .setParameter(1, key.label())
                .setParameter(2, key.version())
                .getSingleResult()).longValue();
        long before = now - delta;
        if ((before > 0) != (now > 0)) {
            em.createNativeQuery("UPDATE labels SET public_images = public_images + ?1 WHERE id = ?2")
                    .setParameter(1, now > 0 ? 1 : -1)
                    .setParameter(2, key.label())
                    .executeUpdate();
        }
    }

    /** The labels and versions the containers of a collection carry, in key order. */
    public List<Carried> carriedIn(long collectionId) {
        List<?> rows = em.createNativeQuery("SELECT x.label_id, k.version, COUNT(*) FROM container_labels x"
                        + " JOIN containers k ON k.id = x.container_id WHERE k.collection_id = ?1"
                        + " GROUP BY x.label_id, k.version ORDER BY x.label_id, k.version")
                .setParameter(1, collectionId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new Carried(new Key(((Number) row[0]).longValue(), (String) row[1]),
                        ((Number) row[2]).longValue()))
                .toList();
    }
}
