package org.sifregistry.collection.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.user.domain.Team;
import org.sifregistry.user.domain.TeamName;
import org.sifregistry.user.domain.UserAccount;

/**
 * A set of containers under one name ({@code science} in {@code science/rocks:latest}). A private collection is seen
 * only by its owners, contributors, the members of its teams and admins.
 */
@Entity
@Table(name = "collections", uniqueConstraints = @UniqueConstraint(name = "uk_collection_name", columnNames = "name"),
        // Collections are listed and ranked by these
        indexes = {@Index(name = "ix_collections_stars", columnList = "star_count"),
                @Index(name = "ix_collections_downloads", columnList = "download_count")})
@NamedQuery(name = "Collection.findByName", query = "SELECT c FROM Collection c WHERE c.name = :name")
public class Collection {

    public static final int DESCRIPTION_MAX_LENGTH = 4000;

    /**
     * The JPQL condition "the user {@code :username} owns or contributes to collection c"; the query form of
     * {@link #isContributor(Caller)}.
     */
    public static final String OWNED_OR_CONTRIBUTED_BY_USER = """
            (EXISTS (SELECT o FROM Collection c1 JOIN c1.owners o WHERE c1 = c AND o.username = :username)
             OR EXISTS (SELECT u FROM Collection c2 JOIN c2.contributors u WHERE c2 = c AND u.username = :username))""";

    /**
     * The JPQL condition "collection c may be seen by the caller", with the parameters {@code :admin},
     * {@code :username}, {@code :everyCollection} and {@code :collections} ({@link CollectionVisibility#bind}); it
     * is the query form of {@link #isVisibleTo(Caller)}.
     */
    public static final String VISIBLE_TO_CALLER = "(c.privateCollection = FALSE OR :admin = TRUE OR "
            + "((:everyCollection = TRUE OR c.name IN :collections) AND (" + OWNED_OR_CONTRIBUTED_BY_USER
            + " OR EXISTS (SELECT m FROM Collection c3 JOIN c3.teams t JOIN t.members m"
            + " WHERE c3 = c AND m.username = :username))))";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = CollectionName.MAX_LENGTH)
    private String name;

    @Column(length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "private_collection", nullable = false)
    private boolean privateCollection;

    /** Nothing of a protected collection is deleted by retention rules. */
    @Column(name = "protected_collection", nullable = false)
    private boolean protectedCollection;

    @Column(name = "retention_keep_tags")
    private Integer retentionKeepTags;

    @Column(name = "retention_unpulled_days")
    private Integer retentionUnpulledDays;

    @Column(name = "retention_untagged_days")
    private Integer retentionUntaggedDays;

    /** Null: {@link SignedOnly#OFF}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "signed_only", length = 16)
    private SignedOnly signedOnly;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    /** Kept in step by the star service, so the collections list can sort by stars without counting. */
    @Column(name = "star_count", nullable = false)
    private long starCount;

    /** The sum of its containers' downloads, kept by the download counter. */
    @Column(name = "download_count", nullable = false)
    private long downloadCount;

    /**
     * How many containers it holds, kept in step by the container repository as it adds and removes them, so pages
     * count the visible containers by their collections instead of reading every container.
     */
    @Column(name = "container_count", nullable = false)
    private long containerCount;

    /** The bytes of its containers' images and of its OCI blob links, kept in step with them as {@code containerCount}. */
    @Column(name = "stored_bytes", nullable = false)
    private long storedBytes;

    /** How many of its containers were pulled at least once, kept in step as {@code containerCount}. */
    @Column(name = "pulled_containers", nullable = false)
    private long pulledContainers;

    @ManyToMany
    @JoinTable(name = "collection_owners",
            joinColumns = @JoinColumn(name = "collection_id"), inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> owners = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "collection_contributors",
            joinColumns = @JoinColumn(name = "collection_id"), inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> contributors = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "collection_teams",
            joinColumns = @JoinColumn(name = "collection_id"), inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    protected Collection() {
    }

    public Collection(CollectionName name, UserAccount owner, boolean privateCollection, Instant now) {
        this.name = name.value();
        this.privateCollection = privateCollection;
        this.created = now;
        this.updated = now;
        owners.add(owner);
    }

    public boolean isVisibleTo(Caller caller) {
        return !privateCollection || caller.isAdmin() || caller.reaches(name) && (isContributor(caller)
                || teams.stream().anyMatch(t -> t.isMember(caller.username())));
    }

    /** Owners manage, push, tag, freeze, share and delete. */
    public boolean isManageableBy(Caller caller) {
        return caller.isAdmin() || caller.reaches(name) && isOwner(caller.username());
    }

    /** Owners and contributors (and admins) add and remove topic tags; contributors also see private collections. */
    public boolean isTopicEditableBy(Caller caller) {
        return caller.isAdmin() || caller.reaches(name) && isContributor(caller);
    }

    /** Refuses anyone but an owner or an admin, saying so. */
    public void requireManageableBy(Caller caller) {
        caller.requireSignedIn();
        if (!caller.isAdmin() && isOwner(caller.username())) {
            caller.requireReaches(name);
        }
        if (!isManageableBy(caller)) {
            throw new AccessDeniedException(ErrorKey.COLLECTION_MANAGE_DENIED, name);
        }
    }

    public boolean isContributor(Caller caller) {
        return isOwner(caller.username()) || contributors.stream().anyMatch(u -> u.username().equals(caller.username()));
    }

    public boolean isOwner(String username) {
        return owners.stream().anyMatch(u -> u.username().equals(username));
    }

    /**
     * Whether a library reference may name this collection under {@code entity}: the name of an owner, a
     * contributor or a team of the collection, so an entity always names someone who may push into it.
     */
    public boolean answersToEntity(String entity) {
        return isOwner(entity) || contributors.stream().anyMatch(u -> u.username().equals(entity))
                || teams.stream().anyMatch(t -> t.name().value().equals(entity));
    }

    /** The entity library answers name it by: its first owner by name, the same on every answer. */
    public String entity() {
        return owners.stream().map(UserAccount::username).sorted().findFirst().orElse("");
    }

    /** A blank description is none; one longer than its column is refused. */
    public void describe(String description, boolean privateCollection, Instant now) {
        String described = description == null || description.isBlank() ? null : description.strip();
        if (described != null && described.length() > DESCRIPTION_MAX_LENGTH) {
            throw new InvalidInputException("description", ErrorKey.COLLECTION_DESCRIPTION_TOO_LONG,
                    DESCRIPTION_MAX_LENGTH);
        }
        this.description = described;
        this.privateCollection = privateCollection;
        this.updated = now;
    }

    public void addOwner(UserAccount user) {
        owners.add(user);
    }

    public void addContributor(UserAccount user) {
        contributors.add(user);
    }

    public void addTeam(Team team) {
        teams.add(team);
    }

    /** Takes the owner's rights from a user; the last owner stays, so that someone may always manage it. */
    public void removeOwner(String username) {
        if (isOwner(username) && owners.size() == 1) {
            throw new ConflictException(ErrorKey.COLLECTION_LAST_OWNER, username, name);
        }
        owners.removeIf(u -> u.username().equals(username));
    }

    public void removeContributor(String username) {
        contributors.removeIf(u -> u.username().equals(username));
    }

    public void removeTeam(TeamName team) {
        teams.removeIf(t -> t.name().equals(team));
    }

    public void touch(Instant now) {
        updated = now;
    }

    public Long id() {
        return id;
    }

    public CollectionName name() {
        return new CollectionName(name);
    }

    public String description() {
        return description;
    }

    public boolean isPrivate() {
        return privateCollection;
    }

    public boolean isProtected() {
        return protectedCollection;
    }

    public RetentionPolicy retention() {
        return new RetentionPolicy(retentionKeepTags, retentionUnpulledDays, retentionUntaggedDays);
    }

    /** Sets the retention rules, and whether the collection is protected from them. */
    public void retain(RetentionPolicy policy, boolean protect, Instant now) {
        retentionKeepTags = policy.keepLastTags();
        retentionUnpulledDays = policy.unpulledDays();
        retentionUntaggedDays = policy.untaggedDays();
        protectedCollection = protect;
        updated = now;
    }

    public SignedOnly signedOnly() {
        return signedOnly == null ? SignedOnly.OFF : signedOnly;
    }

    public void acceptOnly(SignedOnly rule, Instant now) {
        signedOnly = rule;
        updated = now;
    }

    /** Whether the user belongs to the collection: an owner, a contributor or a member of one of its teams. */
    public boolean hasMember(String username) {
        return username != null && (isOwner(username)
                || contributors.stream().anyMatch(u -> u.username().equals(username))
                || teams.stream().anyMatch(t -> t.isMember(username)));
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }

    public long containerCount() {
        return containerCount;
    }

    public long storedBytes() {
        return storedBytes;
    }

    public long starCount() {
        return starCount;
    }

    public void countDownloads(long count) {
        downloadCount += count;
    }

    public long downloadCount() {
        return downloadCount;
    }

    public Set<UserAccount> owners() {
        return Set.copyOf(owners);
    }

    public Set<UserAccount> contributors() {
        return Set.copyOf(contributors);
    }

    public Set<Team> teams() {
        return Set.copyOf(teams);
    }
}
