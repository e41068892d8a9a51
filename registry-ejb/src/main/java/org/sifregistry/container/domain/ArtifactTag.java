package org.sifregistry.container.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.collection.domain.Collection;

/**
 * A tag of a repository pointing at a manifest that is not a SIF artifact's (a container image, an index). A tag of
 * a SIF is a {@link Container}; a repository has one tag namespace, so a tag is one or the other, never both: the
 * services move it from one kind to the other when it is pushed again.
 */
@Entity
@Table(name = "artifact_tags",
        uniqueConstraints = @UniqueConstraint(name = "uk_artifact_tag", columnNames = {"collection_id", "name", "tag"}))
@NamedQuery(name = "ArtifactTag.find", query = """
        SELECT t FROM ArtifactTag t WHERE t.collection = :collection AND t.name = :name AND t.tag = :tag""")
@NamedQuery(name = "ArtifactTag.ofName", query = """
        SELECT t FROM ArtifactTag t WHERE t.collection = :collection AND t.name = :name ORDER BY t.tag""")
@NamedQuery(name = "ArtifactTag.ofManifest", query = """
        SELECT t FROM ArtifactTag t
        WHERE t.collection = :collection AND t.name = :name AND t.manifestDigest = :digest ORDER BY t.tag""")
public class ArtifactTag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "collection_id", nullable = false)
    private Collection collection;

    @Column(nullable = false, length = ContainerName.MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = Tag.MAX_LENGTH)
    private String tag;

    /** {@code sha256:<hex>} of the manifest. */
    @Column(name = "manifest_digest", nullable = false, length = 71)
    private String manifestDigest;

    @Column(nullable = false)
    private Instant updated;

    protected ArtifactTag() {
    }

    public ArtifactTag(Collection collection, ContainerName name, Tag tag, String manifestDigest, Instant now) {
        this.collection = collection;
        this.name = name.value();
        this.tag = tag.value();
        this.manifestDigest = manifestDigest;
        this.updated = now;
    }

    /** Points the tag at another manifest. */
    public void moveTo(String digest, Instant now) {
        this.manifestDigest = digest;
        this.updated = now;
    }

    public Tag tag() {
        return new Tag(tag);
    }

    public ContainerName name() {
        return new ContainerName(name);
    }

    public String manifestDigest() {
        return manifestDigest;
    }
}
