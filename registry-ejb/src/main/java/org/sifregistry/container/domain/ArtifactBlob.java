package org.sifregistry.container.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.StoredImage;

/**
 * A blob that is not a SIF (a config, a layer of a container image, a signature, an SBOM) linked to a repository
 * ({@code collection/name}) by an OCI push or mount. The content is in the image store once, whichever repositories
 * link it; the link is what the repository may serve, and what garbage collection keeps the content for.
 */
@Entity
@Table(name = "artifact_blobs",
        uniqueConstraints = @UniqueConstraint(name = "uk_artifact_blob", columnNames = {"collection_id", "name",
                "version"}),
        indexes = @Index(name = "ix_artifact_blobs_version", columnList = "version"))
@NamedQuery(name = "ArtifactBlob.find", query = """
        SELECT b FROM ArtifactBlob b WHERE b.collection = :collection AND b.name = :name AND b.version = :version""")
@NamedQuery(name = "ArtifactBlob.ofName", query = """
        SELECT b FROM ArtifactBlob b WHERE b.collection = :collection AND b.name = :name""")
@NamedQuery(name = "ArtifactBlob.countByVersion", query = "SELECT COUNT(b) FROM ArtifactBlob b WHERE b.version = :version")
@NamedQuery(name = "ArtifactBlob.isLinkedAnywhereVisible", query = """
        SELECT COUNT(b) FROM ArtifactBlob b JOIN b.collection c
        WHERE b.version = :version AND""" + " " + Collection.VISIBLE_TO_CALLER)
@NamedQuery(name = "ArtifactBlob.createdBefore", query = """
        SELECT b FROM ArtifactBlob b WHERE b.created < :cutoff ORDER BY b.collection.id, b.name""")
public class ArtifactBlob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "collection_id", nullable = false)
    private Collection collection;

    @Column(nullable = false, length = ContainerName.MAX_LENGTH)
    private String name;

    /** The content's digest as images write it, {@code sha256.<hex>}. */
    @Column(nullable = false, length = ImageDigest.VERSION_LENGTH)
    private String version;

    @Column(name = "blob_size", nullable = false)
    private long size;

    @Column(nullable = false)
    private Instant created;

    protected ArtifactBlob() {
    }

    public ArtifactBlob(Collection collection, ContainerName name, StoredImage stored, Instant now) {
        this.collection = collection;
        this.name = name.value();
        this.version = stored.digest().version();
        this.size = stored.size();
        this.created = now;
    }

    /** Pushed or mounted again: garbage collection counts its age from now. */
    public void linkedAgain(Instant now) {
        this.created = now;
    }

    public Collection collection() {
        return collection;
    }

    public ContainerName name() {
        return new ContainerName(name);
    }

    public ImageDigest digest() {
        return ImageDigest.parse(version);
    }

    public long size() {
        return size;
    }

    public Instant created() {
        return created;
    }

    @Override
    public String toString() {
        return collection.name() + "/" + name + "@" + version;
    }
}
