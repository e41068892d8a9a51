package org.sifregistry.user.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.common.UpdatesUnseenByLookups;

/**
 * A named secret a user gives the command-line clients. Only the secret's sha256 is stored, so the secret is shown
 * once, when it is made; a leaked database does not leak tokens. Tokens made since sregistry pushes are taken also
 * keep the random salt their secret was derived from under the registry's signing key, so that the server can
 * rebuild the secret to check the sregistry client's HMAC, which is keyed with it; the salt alone gives nothing.
 * A token may reach only some collections (by name: one not made yet may be named, for a first push), and may
 * belong to a team: then it is owned by the team's robot account ({@link RobotName}) and remembers who made it.
 */
@Entity
@UpdatesUnseenByLookups({"ApiToken.recordFirstUse", "ApiToken.recordUse"})
@Table(name = "api_tokens", uniqueConstraints = @UniqueConstraint(name = "uk_api_token_hash", columnNames = "secret_hash"))
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t WHERE t.secretHash = :hash")
@NamedQuery(name = "ApiToken.findById", query = "SELECT t FROM ApiToken t WHERE t.id = :id")
@NamedQuery(name = "ApiToken.recordFirstUse", query = """
        UPDATE ApiToken t SET t.lastUsed = :now WHERE t.id = :id AND t.lastUsed IS NULL""")
@NamedQuery(name = "ApiToken.recordUse", query = """
        UPDATE ApiToken t SET t.lastUsed = :now WHERE t.id = :id AND (t.lastUsed IS NULL OR t.lastUsed < :since)""")
@NamedQuery(name = "ApiToken.ofOwner", query = """
        SELECT t FROM ApiToken t WHERE t.owner.username = :username ORDER BY t.created DESC, t.id DESC""")
@NamedQuery(name = "ApiToken.derivableOfOwner", query = """
        SELECT t FROM ApiToken t WHERE t.owner.username = :username AND t.secretSalt IS NOT NULL
        AND t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > :now) ORDER BY t.created DESC, t.id DESC""")
@NamedQuery(name = "ApiToken.countOfOwner", query = "SELECT COUNT(t) FROM ApiToken t WHERE t.owner.username = :username")
@NamedQuery(name = "ApiToken.ofTeam", query = """
        SELECT t FROM ApiToken t WHERE t.team = :team ORDER BY t.created DESC, t.id DESC""")
@NamedQuery(name = "ApiToken.countOfTeam", query = "SELECT COUNT(t) FROM ApiToken t WHERE t.team = :team")
@NamedQuery(name = "ApiToken.ofTeamsOfMember", query = """
        SELECT t FROM ApiToken t WHERE EXISTS (SELECT m FROM Team tm JOIN tm.members m
        WHERE tm = t.team AND m.username = :username) ORDER BY t.created DESC, t.id DESC""")
@NamedQuery(name = "ApiToken.all", query = "SELECT t FROM ApiToken t ORDER BY t.created DESC, t.id DESC")
@NamedQuery(name = "ApiToken.countAll", query = "SELECT COUNT(t) FROM ApiToken t")
@NamedQuery(name = "ApiToken.liveOfOwner", query = """
        SELECT COUNT(t) FROM ApiToken t WHERE t.owner = :owner AND t.revokedAt IS NULL
        AND (t.expiresAt IS NULL OR t.expiresAt > :now)""")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false, length = TokenName.MAX_LENGTH)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    /** Null for tokens made before sregistry pushes were taken: their secret cannot be rebuilt. */
    @Column(name = "secret_salt", length = 64)
    private String secretSalt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenScope scope;

    @Column(nullable = false)
    private Instant created;

    /** Null: the token does not expire. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used")
    private Instant lastUsed;

    /** The collections it reaches; none: every collection its owner reaches. */
    @ElementCollection
    @CollectionTable(name = "api_token_collections", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "collection_name", nullable = false, length = 128)
    private Set<String> collections = new HashSet<>();

    /** The team whose robot owns it; null: a person's own token. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    /** Who made a team's token; null for a person's own, made by its owner. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private UserAccount createdBy;

    protected ApiToken() {
    }

    public ApiToken(UserAccount owner, TokenName name, String secretHash, String secretSalt, TokenScope scope,
                    Instant expiresAt, Instant now) {
        this.owner = owner;
        this.name = name.value();
        this.secretHash = secretHash;
        this.secretSalt = secretSalt;
        this.scope = scope;
        this.expiresAt = expiresAt;
        this.created = now;
    }

    /** Limits the token to these collections (none: no limit). */
    public void limitTo(Set<String> names) {
        collections.clear();
        collections.addAll(names);
    }

    /** Makes it the token of {@code team}, made by {@code creator}; its owner is the team's robot. */
    public void ofTeam(Team team, UserAccount creator) {
        this.team = team;
        this.createdBy = creator;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void usedAt(Instant now) {
        lastUsed = now;
    }

    public Long id() {
        return id;
    }

    public UserAccount owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String secretSalt() {
        return secretSalt;
    }

    public TokenScope scope() {
        return scope;
    }

    public Instant created() {
        return created;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsed() {
        return lastUsed;
    }

    public Set<String> collections() {
        return Set.copyOf(collections);
    }

    public Optional<Team> team() {
        return Optional.ofNullable(team);
    }

    /** Who made it: for a team's token the person who did, else its owner. */
    public UserAccount creator() {
        return createdBy == null ? owner : createdBy;
    }
}
