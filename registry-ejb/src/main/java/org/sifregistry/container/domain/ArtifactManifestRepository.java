package org.sifregistry.container.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sifregistry.collection.domain.CollectionName;
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
