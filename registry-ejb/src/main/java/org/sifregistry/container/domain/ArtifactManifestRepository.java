package org.sifregistry.container.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.UniqueViolation;
import org.sifregistry.storage.ImageDigest;

/** The manifests pushed over {@code oras://}, by repository and digest or by the image they describe. */
@ApplicationScoped
public class ArtifactManifestRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<ArtifactManifest> findByDigest(CollectionName collection, ContainerName name, String digest) {
        return em.createNamedQuery("ArtifactManifest.findByDigest", ArtifactManifest.class)
                .setParameter("collection", collection.value())
                .setParameter("name", name.value())
                .setParameter("digest", digest)
                .getResultStream().findFirst();
    }

    /** The manifest pushed last for this image, if any was. */
    public Optional<ArtifactManifest> findNewestFor(CollectionName collection, ContainerName name, ImageDigest layer) {
        return em.createNamedQuery("ArtifactManifest.findByLayer", ArtifactManifest.class)
                .setParameter("collection", collection.value())
                .setParameter("name", name.value())
                .setParameter("layer", layer.version())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The manifests of a repository whose subject is {@code subject}, the oldest first. */
    public List<ArtifactManifest> bySubject(CollectionName collection, ContainerName name, String subject) {
        return em.createNamedQuery("ArtifactManifest.bySubject", ArtifactManifest.class)
                .setParameter("collection", collection.value())
                .setParameter("name", name.value())
                .setParameter("subject", subject)
                .getResultList();
    }

    /** The manifests of a repository that are not a SIF artifact's, the newest first. */
    public List<ArtifactManifest> othersOf(CollectionName collection, ContainerName name) {
        return em.createNamedQuery("ArtifactManifest.othersOfName", ArtifactManifest.class)
                .setParameter("collection", collection.value())
                .setParameter("name", name.value())
                .getResultList();
    }

    /** The manifests of a collection that are not a SIF artifact's, by name and then the newest first. */
    public List<ArtifactManifest> othersOf(CollectionName collection) {
        return em.createNamedQuery("ArtifactManifest.othersOfCollection", ArtifactManifest.class)
                .setParameter("collection", collection.value())
                .getResultList();
    }

    /** SIF artifacts' manifests whose image is gone: they are served no more, and go. */
    public int removeSifWithoutImage() {
        List<ArtifactManifest> orphans = em.createNamedQuery("ArtifactManifest.sifWithoutImage",
                ArtifactManifest.class).getResultList();
        orphans.forEach(em::remove);
        return orphans.size();
    }

    /** {@code [collection, name]} of the repositories with other content pushed before {@code cutoff}. */
    public List<Object[]> repositoriesWithOthersBefore(Instant cutoff) {
        return em.createNamedQuery("ArtifactManifest.otherRepositories", Object[].class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    /** The manifests kept for one SIF image of a repository, when it is deleted. */
    public void removeSifOf(CollectionName collection, ContainerName name, ImageDigest layer) {
        em.createNamedQuery("ArtifactManifest.findByLayer", ArtifactManifest.class)
                .setParameter("collection", collection.value())
                .setParameter("name", name.value())
                .setParameter("layer", layer.version())
                .getResultList().forEach(em::remove);
    }

    /**
     * Up to {@code limit} of the {@code collection/name} of repositories with content that is not a SIF the caller
     * may see, by collection and then name, after {@code after} (null: from the start): for the OCI catalog.
     */
    public List<String> repositoryNames(Caller caller, String after, int limit) {
        CatalogCursor cursor = CatalogCursor.after(after);
        return CatalogCursor.repositories(CollectionVisibility.bind(cursor.bind(em.createQuery(
                "SELECT DISTINCT m.collectionName, m.name"
                        + " FROM ArtifactManifest m, Collection c WHERE c.name = m.collectionName"
                        + " AND m.layerVersion IS NULL AND " + Collection.VISIBLE_TO_CALLER
                        + cursor.condition("m.collectionName", "m.name")
                        + " ORDER BY m.collectionName, m.name", Object[].class)), caller)
                .setMaxResults(limit)
                .getResultList());
    }

    public void removeAllOf(CollectionName collection) {
        em.createQuery("DELETE FROM ArtifactManifest m WHERE m.collectionName = :collection")
                .setParameter("collection", collection.value())
                .executeUpdate();
    }

    public void remove(ArtifactManifest manifest) {
        em.remove(manifest);
    }

    /** Written at once, so that losing a race with the same push reads as a conflict the client can retry. */
    public void add(ArtifactManifest manifest) {
        try {
            em.persist(manifest);
            em.flush();
        } catch (PersistenceException e) {
            throw UniqueViolation.isCauseOf(e)
                    ? new ConflictException(ErrorKey.MANIFEST_PUSHED_CONCURRENTLY, manifest.digest())
                    : e;
        }
    }
}
