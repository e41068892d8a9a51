package org.sifregistry.container.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.UniqueViolation;

/** The tags of manifests that are not SIF artifacts', by repository; joins the caller's transaction. */
@ApplicationScoped
public class ArtifactTagRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<ArtifactTag> find(Collection collection, ContainerName name, Tag tag) {
        return em.createNamedQuery("ArtifactTag.find", ArtifactTag.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .setParameter("tag", tag.value())
                .getResultStream().findFirst();
    }

    /** A repository's tags, by tag. */
    public List<ArtifactTag> tagsOf(Collection collection, ContainerName name) {
        return em.createNamedQuery("ArtifactTag.ofName", ArtifactTag.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .getResultList();
    }

    /** The tags pointing at one manifest, by tag. */
    public List<ArtifactTag> tagsOf(Collection collection, ContainerName name, String manifestDigest) {
        return em.createNamedQuery("ArtifactTag.ofManifest", ArtifactTag.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .setParameter("digest", manifestDigest)
                .getResultList();
    }

    /** Points the tag at the manifest, made when missing; written at once, so a lost race reads as a conflict. */
    public void point(Collection collection, ContainerName name, Tag tag, String manifestDigest, Instant now) {
        Optional<ArtifactTag> existing = find(collection, name, tag);
        if (existing.isPresent()) {
            existing.get().moveTo(manifestDigest, now);
            return;
        }
        try {
            em.persist(new ArtifactTag(collection, name, tag, manifestDigest, now));
            em.flush();
        } catch (PersistenceException e) {
            throw UniqueViolation.isCauseOf(e)
                    ? new ConflictException(ErrorKey.MANIFEST_PUSHED_CONCURRENTLY, manifestDigest)
                    : e;
        }
    }

    public void remove(ArtifactTag tag) {
        em.remove(tag);
    }

    public void removeAllOf(Collection collection) {
        em.createQuery("DELETE FROM ArtifactTag t WHERE t.collection = :collection")
                .setParameter("collection", collection)
                .executeUpdate();
    }
}
