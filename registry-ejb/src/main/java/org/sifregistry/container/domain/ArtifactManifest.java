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
 * pushed. A SIF artifact's describes an {@link Image} of the same collection and name (its one layer,
 * {@code layer_version}) but holds no reference to it: it is served only while that image is there, and goes with
 * it. Any other manifest (a container image, an index, a signature) has no layer version; its tags are
 * {@link ArtifactTag}s and its blobs {@link ArtifactBlob}s of the repository. A manifest with a {@code subject}
 * keeps its digest, for the referrers API.
 */
@Entity
@Table(name = "artifact_manifests",
        uniqueConstraints = @UniqueConstraint(name = "uk_artifact_manifest",
                columnNames = {"collection_name", "name", "digest"}),
        indexes = {@Index(name = "ix_artifact_manifests_layer", columnList = "collection_name, name, layer_version"),
                @Index(name = "ix_artifact_manifests_subject", columnList = "collection_name, name, subject")})
@NamedQuery(name = "ArtifactManifest.findByDigest", query = """
        SELECT m FROM ArtifactManifest m
        WHERE m.collectionName = :collection AND m.name = :name AND m.digest = :digest""")
@NamedQuery(name = "ArtifactManifest.findByLayer", query = """
        SELECT m FROM ArtifactManifest m
        WHERE m.collectionName = :collection AND m.name = :name AND m.layerVersion = :layer
        ORDER BY m.created DESC, m.id DESC""")
@NamedQuery(name = "ArtifactManifest.bySubject", query = """
        SELECT m FROM ArtifactManifest m
        WHERE m.collectionName = :collection AND m.name = :name AND m.subject = :subject
        ORDER BY m.created, m.id""")
@NamedQuery(name = "ArtifactManifest.othersOfName", query = """
        SELECT m FROM ArtifactManifest m
        WHERE m.collectionName = :collection AND m.name = :name AND m.layerVersion IS NULL ORDER BY m.created DESC, m.id DESC""")
@NamedQuery(name = "ArtifactManifest.othersOfCollection", query = """
        SELECT m FROM ArtifactManifest m
        WHERE m.collectionName = :collection AND m.layerVersion IS NULL ORDER BY m.name, m.created DESC, m.id DESC""")
@NamedQuery(name = "ArtifactManifest.ofCollection", query = """
        SELECT m FROM ArtifactManifest m WHERE m.collectionName = :collection""")
@NamedQuery(name = "ArtifactManifest.sifWithoutImage", query = """
        SELECT m FROM ArtifactManifest m WHERE m.layerVersion IS NOT NULL AND NOT EXISTS (
            SELECT i FROM Image i JOIN i.collection c
            WHERE c.name = m.collectionName AND i.name = m.name AND i.version = m.layerVersion)""")
@NamedQuery(name = "ArtifactManifest.otherRepositories", query = """
        SELECT DISTINCT m.collectionName, m.name FROM ArtifactManifest m
        WHERE m.layerVersion IS NULL AND m.created < :cutoff""")
public class ArtifactManifest {

    /** Room for the media types in use, which are far shorter; longer ones are refused as unknown anyway. */
    public static final int MEDIA_TYPE_LENGTH = 255;

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

    @Column(name = "media_type", nullable = false, length = MEDIA_TYPE_LENGTH)
    private String mediaType;

    /** The manifest's artifactType, or else its config's media type; null for an index without one. */
    @Column(name = "artifact_type", length = MEDIA_TYPE_LENGTH)
    private String artifactType;

    /** {@code sha256:<hex>} of the manifest it refers to, or null. */
    @Column(length = 71)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    /** The SIF's version, {@code sha256.<hex>}, as images and containers write it; null for other content. */
    @Column(name = "layer_version", length = 71)
    private String layerVersion;

    @Column(nullable = false)
    private Instant created;

    protected ArtifactManifest() {
    }

    /** A SIF artifact's manifest. */
    public ArtifactManifest(CollectionName collection, ContainerName name, PushedManifest manifest, Instant now) {
        this(collection, name, OciManifest.parse(manifest.content(), manifest.mediaType()), now);
        this.layerVersion = manifest.layer().version();
    }

    /** Any other manifest. */
    public ArtifactManifest(CollectionName collection, ContainerName name, OciManifest manifest, Instant now) {
        this.collectionName = collection.value();
        this.name = name.value();
        this.digest = manifest.digest();
        this.mediaType = manifest.mediaType();
        this.content = manifest.content();
        this.artifactType = truncated(manifest.artifactType());
        this.subject = manifest.subject() == null ? null : manifest.subject().digest();
        this.created = now;
    }

    private static String truncated(String type) {
        return type == null || type.length() <= MEDIA_TYPE_LENGTH ? type : type.substring(0, MEDIA_TYPE_LENGTH);
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

    /** The SIF it describes; only for a SIF artifact's manifest. */
    public ImageDigest layer() {
        return ImageDigest.parse(layerVersion);
    }

    public boolean isSif() {
        return layerVersion != null;
    }

    public String collectionName() {
        return collectionName;
    }

    public ContainerName name() {
        return new ContainerName(name);
    }

    public String artifactType() {
        return artifactType;
    }

    public String subject() {
        return subject;
    }

    public Instant created() {
        return created;
    }

    /** The manifest read again, for what only its content says (its blobs, manifests, annotations). */
    public OciManifest parsed() {
        return OciManifest.parse(content, mediaType);
    }
}
