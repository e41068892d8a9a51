package org.sifregistry.container.domain;

import java.time.Instant;
import java.util.Optional;

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
 * One image file under a container name, tagged or not: {@code science/rocks@sha256.<hex>}. The library protocol
 * announces an image before uploading it and tags it after, so an image exists before any {@link Container} (a tag)
 * points at it; it counts as uploaded only once its bytes are stored and verified.
 */
@Entity
@Table(name = "images",
        uniqueConstraints = @UniqueConstraint(name = "uk_image", columnNames = {"collection_id", "name", "version"}),
        indexes = @Index(name = "ix_images_version", columnList = "version"))
@NamedQuery(name = "Image.find", query = """
        SELECT i FROM Image i WHERE i.collection = :collection AND i.name = :name AND i.version = :version""")
@NamedQuery(name = "Image.ofName", query = "SELECT i FROM Image i WHERE i.collection = :collection AND i.name = :name")
@NamedQuery(name = "Image.isUploadedAnywhereVisible", query = """
        SELECT COUNT(i) FROM Image i JOIN i.collection c
        WHERE i.version = :version AND i.uploaded = TRUE AND""" + " " + Collection.VISIBLE_TO_CALLER)
@NamedQuery(name = "Image.storedTotals", query = """
        SELECT COUNT(i), SUM(i.size) FROM Image i WHERE i.uploaded = TRUE AND NOT EXISTS (
        SELECT j FROM Image j WHERE j.version = i.version AND j.uploaded = TRUE AND j.id < i.id)""")
@NamedQuery(name = "Image.countByVersion", query = "SELECT COUNT(i) FROM Image i WHERE i.version = :version")
@NamedQuery(name = "Image.forgetAbandoned", query = """
        DELETE FROM Image i WHERE i.uploaded = FALSE AND i.created < :cutoff""")
@NamedQuery(name = "Image.forgetUntagged", query = """
        DELETE FROM Image i WHERE i.uploaded = TRUE AND i.created < :cutoff AND NOT EXISTS (
            SELECT k FROM Container k WHERE k.collection = i.collection AND k.name = i.name AND k.version = i.version)""")
public class Image {

    public static final int REFUSAL_MAX_LENGTH = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "collection_id", nullable = false)
    private Collection collection;

    @Column(nullable = false, length = ContainerName.MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = ImageDigest.VERSION_LENGTH)
    private String version;

    /** The verified size; zero until uploaded. */
    @Column(name = "image_size", nullable = false)
    private long size;

    @Column(nullable = false)
    private boolean uploaded;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant created;

    /** Why the last upload of these bytes was refused, told when the client completes it; null: it was not. */
    @Column(name = "refusal", length = REFUSAL_MAX_LENGTH)
    private String refusal;

    protected Image() {
    }

    public Image(Collection collection, ContainerName name, ImageDigest digest, String createdBy, Instant now) {
        this.collection = collection;
        this.name = name.value();
        this.version = digest.version();
        this.createdBy = createdBy;
        this.created = now;
    }

    /** Records that the bytes with this image's digest are in the store. */
    public void uploaded(StoredImage image) {
        if (!image.digest().equals(digest())) {
            throw new IllegalArgumentException(image.digest() + " is not the content of " + this);
        }
        this.size = image.size();
        this.uploaded = true;
        this.refusal = null;
    }

    /** Records why an upload of these bytes was refused, for the client that completes it. */
    public void refused(String reason) {
        this.refusal = reason.length() <= REFUSAL_MAX_LENGTH ? reason : reason.substring(0, REFUSAL_MAX_LENGTH);
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    public Long id() {
        return id;
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

    public boolean isUploaded() {
        return uploaded;
    }

    /** The stored image; only meaningful once {@link #isUploaded()}. */
    public StoredImage stored() {
        return new StoredImage(digest(), size);
    }

    public long size() {
        return size;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant created() {
        return created;
    }

    @Override
    public String toString() {
        return collection.name() + "/" + name + "@" + version;
    }
}
