package org.sifregistry.container.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.storage.ImageDigest;

/**
 * A manifest pushed over {@code oras://}, kept byte for byte so that a pull by tag or digest gets exactly what was
 * pushed. It describes an {@link Image} of the same collection and name (its one layer) but holds no reference to
 * it: it is served only while that image is there, and images come and go by the collection's rules.
 */
@Entity
@Table(name = "artifact_manifests",
        uniqueConstraints = @UniqueConstraint(name = "uk_artifact_manifest",
                columnNames = {"collection_name", "name", "digest"}),
        indexes = @Index(name = "ix_artifact_manifests_layer", columnList = "collection_name, name, layer_version"))
@NamedQuery(name = "ArtifactManifest.findByDigest", query = """
        SELECT m FROM ArtifactManifest m
        WHERE m.collectionName = :collection AND m.name = :name AND m.digest = :digest""")
@NamedQuery(name = "ArtifactManifest.findByLayer", query = """
        SELECT m FROM ArtifactManifest m
        WHERE m.collectionName = :collection AND m.name = :name AND m.layerVersion = :layer
        ORDER BY m.created DESC, m.id DESC""")
public class ArtifactManifest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collection_name", nullable = false, length = CollectionName.MAX_LENGTH)
    private String collectionName;

    @Column(nullable = false, length = ContainerName.MAX_LENGTH)
    private String name;

    /** {@code sha256:<hex>} of the content. */
    @Column(nullable = false, length = 71)
    private String digest;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    /** The SIF's version, {@code sha256.<hex>}, as images and containers write it. */
    @Column(name = "layer_version", nullable = false, length = 71)
    private String layerVersion;

    @Column(nullable = false)
    private Instant created;

    protected ArtifactManifest() {
    }

    public ArtifactManifest(CollectionName collection, ContainerName name, PushedManifest manifest, Instant now) {
        this.collectionName = collection.value();
        this.name = name.value();
        this.digest = manifest.digest();
        this.mediaType = manifest.mediaType();
        this.content = manifest.content();
        this.layerVersion = manifest.layer().version();
        this.created = now;
    }

    /** Pushed again: it becomes the newest for its layer, the one a tag on that image answers with. */
    public void pushedAgain(Instant now) {
        this.created = now;
    }

    public String digest() {
        return digest;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }

    public ImageDigest layer() {
        return ImageDigest.parse(layerVersion);
    }
}
