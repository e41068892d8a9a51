package org.sifregistry.container.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.LikePattern;
import org.sifregistry.common.UniqueViolation;
import org.sifregistry.storage.ImageDigest;

/** Images by container name and digest; joins the calling service's transaction. */
@ApplicationScoped
public class ImageRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /**
     * The distinct image files uploaded, and their bytes: an image pushed under several names is stored once, and
     * counts once. A version's first image stands for it: the query asks that no earlier one exists, where asking
     * for the least id of each version's images made H2 count every image of a version again for each of them (92 s
     * for 20,000 images of one version, every ten seconds for the gauges; 0.25 s now).
     */
    public StoredTotals storedTotals() {
        Object[] totals = em.createNamedQuery("Image.storedTotals", Object[].class).getSingleResult();
        return new StoredTotals(number(totals[0]), number(totals[1]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public Optional<Image> find(long id) {
        return Optional.ofNullable(em.find(Image.class, id));
    }

    public Optional<Image> find(Collection collection, ContainerName name, ImageDigest digest) {
        return em.createNamedQuery("Image.find", Image.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .setParameter("version", digest.version())
                .getResultStream().findFirst();
    }

    /** Every image of one container name, uploaded or not. */
    public List<Image> allOf(Collection collection, ContainerName name) {
        return em.createNamedQuery("Image.ofName", Image.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .getResultList();
    }

    public boolean anyOf(Collection collection, ContainerName name) {
        return !em.createNamedQuery("Image.ofName", Image.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Whether these bytes are already uploaded where the caller may pull them, so a re-push can skip the upload. */
    public boolean isUploadedWhereVisible(ImageDigest digest, Caller caller) {
        return CollectionVisibility.bind(em.createNamedQuery("Image.isUploadedAnywhereVisible", Long.class)
                .setParameter("version", digest.version()), caller)
                .getSingleResult() > 0;
    }

    /**
     * The image of this name and digest, made when missing. Written at once, so that losing a race with a
     * concurrent push of the same image reads as a conflict the client can retry.
     */
    public Image findOrAdd(Collection collection, ContainerName name, ImageDigest digest, String createdBy,
                           Instant now) {
        return find(collection, name, digest).orElseGet(() -> {
            Image image = new Image(collection, name, digest, createdBy, now);
            try {
                em.persist(image);
                em.flush();
            } catch (PersistenceException e) {
                throw UniqueViolation.isCauseOf(e)
                        ? new ConflictException(ErrorKey.IMAGE_PUSHED_CONCURRENTLY, image)
                        : e;
            }
            return image;
        });
    }

    /** Up to {@code limit} versions of a container name's uploaded images whose sha256 starts with {@code hexPrefix}. */
    public List<ImageDigest> uploadedStartingWith(Collection collection, ContainerName name, String hexPrefix,
                                                  int limit) {
        return em.createQuery("SELECT i.version FROM Image i WHERE i.collection = :collection AND i.name = :name"
                        + " AND i.uploaded = TRUE AND i.version LIKE :prefix ESCAPE '\\'", String.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .setParameter("prefix", ImageDigest.VERSION_PREFIX + LikePattern.startingWith(hexPrefix))
                .setMaxResults(limit)
                .getResultStream()
                .map(ImageDigest::parse)
                .toList();
    }

    /** The ids of a container name's images by version ({@code sha256.<hex>}), in one query. */
    public Map<String, Long> idsByVersion(Collection collection, ContainerName name) {
        return em.createNamedQuery("Image.ofName", Image.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .getResultStream()
                .collect(Collectors.toMap(i -> i.digest().version(), Image::id));
    }

    /**
     * The ids of the images of many containers' names at once, by {@link #nameKey} and then by version: one query
     * where a search result would otherwise ask once per container.
     */
    public Map<String, Map<String, Long>> idsByVersion(List<Container> containers) {
        if (containers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i FROM Image i WHERE i.collection IN :collections AND i.name IN :names",
                        Image.class)
                .setParameter("collections", containers.stream().map(Container::collection).distinct().toList())
                .setParameter("names", containers.stream().map(k -> k.name().value()).distinct().toList())
                .getResultStream()
                .collect(Collectors.groupingBy(i -> nameKey(i.collection(), i.name()),
                        Collectors.toMap(i -> i.digest().version(), Image::id)));
    }

    public static String nameKey(Collection collection, ContainerName name) {
        return collection.id() + "/" + name.value();
    }

    public void remove(Image image) {
        em.remove(image);
    }

    public void removeAllOf(Collection collection) {
        em.createQuery("DELETE FROM Image i WHERE i.collection = :collection")
                .setParameter("collection", collection)
                .executeUpdate();
    }

    /** Whether a container or an image record, tagged or not, still uses the stored file with this digest. */
    public boolean isStoredFileUsed(ImageDigest digest) {
        return em.createNamedQuery("Container.countByVersion", Long.class)
                .setParameter("version", digest.version()).getSingleResult() > 0
                || em.createNamedQuery("Image.countByVersion", Long.class)
                .setParameter("version", digest.version()).getSingleResult() > 0;
    }

    /** Forgets images announced before {@code cutoff} whose upload never completed. */
    public int forgetAbandonedBefore(Instant cutoff) {
        return em.createNamedQuery("Image.forgetAbandoned").setParameter("cutoff", cutoff).executeUpdate();
    }

    /** Forgets images uploaded before {@code cutoff} that no tag of their container name points at. */
    public int forgetUntaggedBefore(Instant cutoff) {
        return em.createNamedQuery("Image.forgetUntagged").setParameter("cutoff", cutoff).executeUpdate();
    }
}
