package org.sifregistry.container.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.common.Caller;
import org.sifregistry.storage.ImageDigest;

/** Images by container name and digest; joins the calling service's transaction. */
@ApplicationScoped
public class ImageRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

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

    public boolean anyOf(Collection collection, ContainerName name) {
        return !em.createNamedQuery("Image.ofName", Image.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Whether these bytes are already uploaded where the caller may pull them, so a re-push can skip the upload. */
    public boolean isUploadedWhereVisible(ImageDigest digest, Caller caller) {
        return em.createNamedQuery("Image.isUploadedAnywhereVisible", Long.class)
                .setParameter("version", digest.version())
                .setParameter("admin", caller.isAdmin())
                .setParameter("username", caller.username())
                .getSingleResult() > 0;
    }

    public void add(Image image) {
        em.persist(image);
        em.flush();
    }

    public void removeAllOf(Collection collection) {
        em.createQuery("DELETE FROM Image i WHERE i.collection = :collection")
                .setParameter("collection", collection)
                .executeUpdate();
    }
}
