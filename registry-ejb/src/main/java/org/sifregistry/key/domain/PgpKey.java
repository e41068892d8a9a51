package org.sifregistry.key.domain;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.user.domain.UserAccount;

/**
 * An OpenPGP public key in the keystore, bound to the user who uploaded it first: only they may replace it. It is
 * <em>confirmed</em> when one of its user ids carries the e-mail address the directory gave that user, so a
 * signature made with it is vouched for by the institution. A revoked key stays, so that the signatures it made are
 * shown as revoked rather than unknown, and it cannot be uploaded again.
 */
@Entity
@Table(name = "pgp_keys", uniqueConstraints = @UniqueConstraint(name = "uk_pgp_key_fingerprint",
        columnNames = "fingerprint"))
@NamedQuery(name = "PgpKey.byFingerprint", query = "SELECT k FROM PgpKey k WHERE k.fingerprint = :fingerprint")
@NamedQuery(name = "PgpKey.byKeyId", query = "SELECT k FROM PgpKey k WHERE k.keyId = :keyId ORDER BY k.id")
@NamedQuery(name = "PgpKey.byShortKeyId", query = """
        SELECT k FROM PgpKey k WHERE k.keyId LIKE :suffix ORDER BY k.id""")
@NamedQuery(name = "PgpKey.byUserId", query = """
        SELECT k FROM PgpKey k WHERE LOWER(k.userIds) LIKE :pattern ESCAPE '\\' ORDER BY k.id""")
@NamedQuery(name = "PgpKey.ofOwner", query = """
        SELECT k FROM PgpKey k WHERE k.owner.username = :username ORDER BY k.uploaded DESC, k.id DESC""")
@NamedQuery(name = "PgpKey.matching", query = """
        SELECT k FROM PgpKey k WHERE LOWER(k.userIds) LIKE :pattern ESCAPE '\\' OR LOWER(k.fingerprint) LIKE :pattern
        ESCAPE '\\' OR LOWER(k.owner.username) LIKE :pattern ESCAPE '\\' ORDER BY k.uploaded DESC, k.id DESC""")
@NamedQuery(name = "PgpKey.countMatching", query = """
        SELECT COUNT(k) FROM PgpKey k WHERE LOWER(k.userIds) LIKE :pattern ESCAPE '\\' OR LOWER(k.fingerprint) LIKE :pattern
        ESCAPE '\\' OR LOWER(k.owner.username) LIKE :pattern ESCAPE '\\'""")
public class PgpKey {

    public static final int USER_IDS_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Upper-case hex: 40 digits for a v4 key, 64 for v5 and v6. */
    @Column(nullable = false, length = 64)
    private String fingerprint;

    /** The low 64 bits of a v4 fingerprint, in upper-case hex: what a signature names its issuer by. */
    @Column(name = "key_id", nullable = false, length = 16)
    private String keyId;

    /** The OpenPGP public-key algorithm number (1: RSA, 17: DSA, 22: EdDSA...). */
    @Column(nullable = false)
    private int algorithm;

    @Column(nullable = false)
    private int bits;

    @Column(name = "key_created", nullable = false)
    private Instant keyCreated;

    @Column(name = "key_expires")
    private Instant keyExpires;

    /** The key's user ids, one per line. */
    @Column(name = "user_ids", nullable = false, length = USER_IDS_MAX_LENGTH)
    private String userIds;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String armored;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    /** The directory's e-mail address of the owner that one of the user ids carries; null: none does. */
    @Column(name = "confirmed_email", length = 255)
    private String confirmedEmail;

    @Column(nullable = false)
    private Instant uploaded;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected PgpKey() {
    }

    public PgpKey(PublicKeyBlock.Key key, UserAccount owner, Instant now) {
        this.fingerprint = key.fingerprint();
        this.owner = owner;
        replace(key, now);
    }

    /** The owner's new copy of the key: new user ids or signatures, so its confirmation is looked at again. */
    public void replace(PublicKeyBlock.Key key, Instant now) {
        this.keyId = key.keyId();
        this.algorithm = key.algorithm();
        this.bits = key.bits();
        this.keyCreated = key.created();
        this.keyExpires = key.expires();
        this.userIds = fit(String.join("\n", key.userIds()));
        this.armored = key.armored();
        this.uploaded = now;
        this.confirmedEmail = confirmedEmail(key.userIds(), owner.email()).orElse(null);
    }

    /** The owner's directory e-mail address if one of the user ids carries it, in any case. */
    static Optional<String> confirmedEmail(List<String> userIds, String directoryEmail) {
        if (directoryEmail == null || directoryEmail.isBlank()) {
            return Optional.empty();
        }
        String wanted = directoryEmail.strip().toLowerCase(Locale.ROOT);
        return userIds.stream().map(PgpKey::emailOf).flatMap(Optional::stream)
                .filter(email -> email.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst().map(email -> directoryEmail.strip());
    }

    /** The address of a user id: "Name (comment) &lt;address&gt;", or a bare address. */
    static Optional<String> emailOf(String userId) {
        int open = userId.lastIndexOf('<');
        int close = userId.lastIndexOf('>');
        String address = open >= 0 && close > open ? userId.substring(open + 1, close) : userId;
        address = address.strip();
        return address.indexOf('@') > 0 && !address.contains(" ") ? Optional.of(address) : Optional.empty();
    }

    private static String fit(String text) {
        return text.length() <= USER_IDS_MAX_LENGTH ? text : text.substring(0, USER_IDS_MAX_LENGTH);
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isOwnedBy(String username) {
        return owner.username().equals(username);
    }

    /** Whether the key is past its expiry time at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return keyExpires != null && !keyExpires.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String keyId() {
        return keyId;
    }

    public int algorithm() {
        return algorithm;
    }

    public int bits() {
        return bits;
    }

    public Instant keyCreated() {
        return keyCreated;
    }

    public Instant keyExpires() {
        return keyExpires;
    }

    public List<String> userIds() {
        return userIds.isEmpty() ? List.of() : List.of(userIds.split("\n"));
    }

    /** The first user id, which names the key's holder; null for a key without one. */
    public String primaryUserId() {
        List<String> ids = userIds();
        return ids.isEmpty() ? null : ids.get(0);
    }

    public String armored() {
        return armored;
    }

    public UserAccount owner() {
        return owner;
    }

    public Optional<String> confirmedEmail() {
        return Optional.ofNullable(confirmedEmail);
    }

    public Instant uploaded() {
        return uploaded;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    /** Whether a clearsigned message carries a good signature of this key (primary key or subkey). */
    public boolean signed(ClearsignedSignature message) {
        try {
            return message.isSignedBy(PublicKeyBlock.ring(armored));
        } catch (IOException e) {
            return false;
        }
    }
}
