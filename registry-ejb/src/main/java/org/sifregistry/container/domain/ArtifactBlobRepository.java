package org.sifregistry.container.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.collection.domain.Held;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.UniqueViolation;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.StoredImage;

/** The blobs linked to repositories that are not SIF images, by repository and digest; joins the caller's transaction. */
@ApplicationScoped
public class ArtifactBlobRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private CollectionRepository collections;

    public Optional<ArtifactBlob> find(Collection collection, ContainerName name, ImageDigest digest) {
        return em.createNamedQuery("ArtifactBlob.find", ArtifactBlob.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .setParameter("version", digest.version())
                .getResultStream().findFirst();
    }

    public List<ArtifactBlob> allOf(Collection collection, ContainerName name) {
        return em.createNamedQuery("ArtifactBlob.ofName", ArtifactBlob.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .getResultList();
    }

    /**
     * Links stored content to a repository, or renews the link. Written at once, so that losing a race with the
     * same push reads as a conflict the client can retry.
     */
    public ArtifactBlob link(Collection collection, ContainerName name, StoredImage stored, Instant now) {
        Optional<ArtifactBlob> linked = find(collection, name, stored.digest());
        if (linked.isPresent()) {
            linked.get().linkedAgain(now);
            return linked.get();
        }
        ArtifactBlob blob = new ArtifactBlob(collection, name, stored, now);
        try {
            em.persist(blob);
            em.flush();
            collections.addHeld(collection, Held.bytes(blob.size()));
        } catch (PersistenceException e) {
            throw UniqueViolation.isCauseOf(e) ? new ConflictException(ErrorKey.IMAGE_PUSHED_CONCURRENTLY, blob) : e;
        }
        return blob;
    }

    /** Whether these bytes are linked where the caller may pull them, so that a mount may link them here. */
    public boolean isLinkedWhereVisible(ImageDigest digest, Caller caller) {
        return CollectionVisibility.bind(em.createNamedQuery("ArtifactBlob.isLinkedAnywhereVisible", Long.class)
                .setParameter("version", digest.version()), caller)
                .getSingleResult() > 0;
    }

    /** Whether any repository links the stored content with this digest. */
    public boolean isLinked(ImageDigest digest) {
        return em.createNamedQuery("ArtifactBlob.countByVersion", Long.class)
                .setParameter("version", digest.version()).getSingleResult() > 0;
    }

    /** Links made or renewed before {@code cutoff}, by repository, for garbage collection. */
    public List<ArtifactBlob> linkedBefore(Instant cutoff) {
        return em.createNamedQuery("ArtifactBlob.createdBefore", ArtifactBlob.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    public void remove(ArtifactBlob blob) {
        em.remove(blob);
        collections.addHeld(blob.collection(), Held.bytes(-blob.size()));
    }

    public void removeAllOf(Collection collection) {
        em.createQuery("DELETE FROM ArtifactBlob b WHERE b.collection = :collection")
                .setParameter("collection", collection)
                .executeUpdate();
    }
}
