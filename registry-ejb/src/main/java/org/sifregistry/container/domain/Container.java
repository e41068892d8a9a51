package org.sifregistry.container.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.StoredImage;

/**
 * One tagged image of a collection: {@code science/rocks:latest}. Several tags may point at the same stored image
 * (the same version). A frozen container keeps its tag on its image: it cannot be moved, renamed or replaced.
 */
@Entity
@Table(name = "containers",
        uniqueConstraints = @UniqueConstraint(name = "uk_container_ref", columnNames = {"collection_id", "name", "tag"}),
        indexes = {@Index(name = "ix_containers_version", columnList = "version"),
                // Rankings and the newest read these from the top and stop at the end of the page; DESC so that H2
                // (which does not read an index backwards) sorts by them too
                @Index(name = "ix_containers_size", columnList = "image_size DESC, id DESC"),
                @Index(name = "ix_containers_downloads", columnList = "download_count DESC, id DESC"),
                @Index(name = "ix_containers_newest", columnList = "updated DESC, id DESC")})
@NamedQuery(name = "Container.findByRef", query = """
        SELECT k FROM Container k WHERE k.collection.name = :collection AND k.name = :name AND k.tag = :tag""")
@NamedQuery(name = "Container.findByVersion", query = """
        SELECT k FROM Container k
        WHERE k.collection.name = :collection AND k.name = :name AND k.version = :version ORDER BY k.updated DESC""")
@NamedQuery(name = "Container.pageByCollection", query = """
        SELECT k FROM Container k WHERE k.collection = :collection ORDER BY k.name, k.tag""")
@NamedQuery(name = "Container.findByName", query = """
        SELECT k FROM Container k WHERE k.collection = :collection AND k.name = :name ORDER BY k.tag""")
@NamedQuery(name = "Container.countParsePending", query = """
        SELECT COUNT(k) FROM Container k WHERE k.parseStatus = org.sifregistry.container.domain.ParseStatus.PENDING""")
@NamedQuery(name = "Container.countByVersion", query = "SELECT COUNT(k) FROM Container k WHERE k.version = :version")
@NamedQuery(name = "Container.findByCollection", query = "SELECT k FROM Container k WHERE k.collection = :collection")
public class Container {

    public static final int ARCHITECTURE_MAX_LENGTH = 32;
    public static final int PARSE_ERROR_MAX_LENGTH = 1024;

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

    /** {@code sha256.<hex>} of the image file; also the key of the file in the image store. */
    @Column(nullable = false, length = ImageDigest.VERSION_LENGTH)
    private String version;

    @Column(name = "image_size", nullable = false)
    private long size;

    /**
     * {@code sha256:<hex>} of the OCI manifest the tag was last pushed with over {@code oras://}, which a pull by the
     * tag answers; null when the image came another way.
     */
    @Column(name = "manifest_digest", length = ImageDigest.VERSION_LENGTH)
    private String manifestDigest;

    @Column(length = ARCHITECTURE_MAX_LENGTH)
    private String architecture;

    @Column(nullable = false)
    private boolean frozen;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Column(name = "download_count", nullable = false)
    private long downloadCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "parse_status", nullable = false, length = 16)
    private ParseStatus parseStatus = ParseStatus.PENDING;

    @Column(name = "parse_error", length = PARSE_ERROR_MAX_LENGTH)
    private String parseError;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "definition_file")
    private String definitionFile;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String runscript;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String help;

    @ManyToMany
    @JoinTable(name = "container_labels",
            joinColumns = @JoinColumn(name = "container_id"), inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Label> labels = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "container_signatures", joinColumns = @JoinColumn(name = "container_id"))
    private List<ImageSignature> signatures = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "container_topic_tags",
            joinColumns = @JoinColumn(name = "container_id"), inverseJoinColumns = @JoinColumn(name = "topic_tag_id"))
    private Set<TopicTag> topicTags = new HashSet<>();

    protected Container() {
    }

    public Container(Collection collection, ContainerName name, Tag tag, StoredImage image, String architecture,
                     Instant now) {
        this.collection = collection;
        this.name = name.value();
        this.tag = tag.value();
        this.created = now;
        replaceImage(image, architecture, now);
    }

    /** Points this tag at another image; what was read from the old image no longer applies. */
    public void moveTo(StoredImage image, String architecture, Instant now) {
        requireNotFrozen(ErrorKey.CONTAINER_FROZEN_MOVE_TAG);
        // The lazy text fields first: touching one loads the fetch group, which would undo changes made before it.
        definitionFile = null;
        runscript = null;
        help = null;
        labels.clear();
        topicTags.clear();
        signatures.clear();
        manifestDigest = null;
        replaceImage(image, architecture, now);
    }

    /** The tag was pushed with this OCI manifest ({@code sha256:<hex>}) of its image. */
    public void pushedWith(String manifestDigest) {
        this.manifestDigest = manifestDigest;
    }

    public Optional<String> manifestDigest() {
        return Optional.ofNullable(manifestDigest);
    }

    public void retag(Tag newTag, Instant now) {
        requireNotFrozen(ErrorKey.CONTAINER_FROZEN_RENAME_TAG);
        this.tag = newTag.value();
        this.updated = now;
    }

    public void freeze(boolean frozen, Instant now) {
        this.frozen = frozen;
        this.updated = now;
    }

    /** {@code refusal} is the text that says which change a frozen container refuses. */
    public void requireNotFrozen(ErrorKey refusal) {
        if (frozen) {
            throw new ConflictException(refusal, ref());
        }
    }

    public void addTopicTag(TopicTag topicTag) {
        topicTags.add(topicTag);
    }

    public boolean removeTopicTag(TopicName topic) {
        return topicTags.removeIf(t -> t.name().equals(topic));
    }

    /**
     * Records what the header parser read from the image: its labels replace any earlier reading's, and the
     * operating system's topic tag joins those users gave.
     */
    public void parsed(String definitionFile, String runscript, String help, String architecture, Set<Label> labels,
                       TopicTag operatingSystem, List<ImageSignature> signatures) {
        // The lazy text fields first: touching one loads the fetch group, which would undo changes made before it.
        this.definitionFile = definitionFile;
        this.runscript = runscript;
        this.help = help;
        if (architecture != null) {
            this.architecture = architecture;
        }
        this.labels.clear();
        this.labels.addAll(labels);
        if (operatingSystem != null) {
            this.topicTags.add(operatingSystem);
        }
        this.signatures.clear();
        this.signatures.addAll(signatures);
        this.parseStatus = ParseStatus.PARSED;
        this.parseError = null;
    }

    /** Judges each signature again: the keystore gained or revoked the key of one. */
    public void rejudgeSignatures(UnaryOperator<ImageSignature> judge) {
        List<ImageSignature> judged = signatures.stream().map(judge).toList();
        signatures.clear();
        signatures.addAll(judged);
    }

    /** Adds pulls to this container's count and its collection's. */
    public void countDownloads(long count) {
        downloadCount += count;
        collection.countDownloads(count);
    }

    public boolean isParsePending() {
        return parseStatus == ParseStatus.PENDING;
    }

    public void malformed(String reason) {
        this.parseStatus = ParseStatus.MALFORMED;
        this.parseError = reason.length() > PARSE_ERROR_MAX_LENGTH ? reason.substring(0, PARSE_ERROR_MAX_LENGTH) : reason;
    }

    private void replaceImage(StoredImage image, String architecture, Instant now) {
        this.version = image.digest().version();
        this.size = image.size();
        this.architecture = architecture;
        this.parseStatus = ParseStatus.PENDING;
        this.parseError = null;
        this.updated = now;
    }

    public ContainerRef ref() {
        return new ContainerRef(collection.name(), new ContainerName(name), new Tag(tag), null);
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

    public Tag tag() {
        return new Tag(tag);
    }

    public ImageDigest digest() {
        return ImageDigest.parse(version);
    }

    public StoredImage image() {
        return new StoredImage(digest(), size);
    }

    public String version() {
        return version;
    }

    public long size() {
        return size;
    }

    public String architecture() {
        return architecture;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }

    public long downloadCount() {
        return downloadCount;
    }

    public ParseStatus parseStatus() {
        return parseStatus;
    }

    public String parseError() {
        return parseError;
    }

    public String definitionFile() {
        return definitionFile;
    }

    public String runscript() {
        return runscript;
    }

    public String help() {
        return help;
    }

    public Set<Label> labels() {
        return Set.copyOf(labels);
    }

    public Set<TopicTag> topicTags() {
        return Set.copyOf(topicTags);
    }

    public List<ImageSignature> signatures() {
        return List.copyOf(signatures);
    }
}
