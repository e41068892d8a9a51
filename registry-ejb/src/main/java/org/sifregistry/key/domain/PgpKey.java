package org.sifregistry.key.domain;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.sifregistry.user.domain.UserAccount;

/**
 * An OpenPGP public key in the keystore, in the {@link Custody} of the user who uploaded it first. It is
 * <em>confirmed</em> when one of its user ids carries the e-mail address the directory gave that user, so a
 * signature made with it is vouched for by the institution.
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
        SELECT k FROM PgpKey k WHERE k.custody.owner.username = :username
        ORDER BY k.custody.uploaded DESC, k.id DESC""")
@NamedQuery(name = "PgpKey.matching", query = """
        SELECT k FROM PgpKey k WHERE LOWER(k.userIds) LIKE :pattern ESCAPE '\\'
        OR LOWER(k.fingerprint) LIKE :pattern ESCAPE '\\'
        OR LOWER(k.custody.owner.username) LIKE :pattern ESCAPE '\\'
        ORDER BY k.custody.uploaded DESC, k.id DESC""")
@NamedQuery(name = "PgpKey.countMatching", query = """
        SELECT COUNT(k) FROM PgpKey k WHERE LOWER(k.userIds) LIKE :pattern ESCAPE '\\'
        OR LOWER(k.fingerprint) LIKE :pattern ESCAPE '\\'
        OR LOWER(k.custody.owner.username) LIKE :pattern ESCAPE '\\'""")
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

    @Embedded
    private Custody custody;

    protected PgpKey() {
    }

    public PgpKey(PublicKeyBlock.Key key, UserAccount owner, Instant now) {
        this.fingerprint = key.fingerprint();
        this.custody = new Custody(owner, key.userIds(), now);
        describe(key);
    }

    /** The owner's new copy of the key: new user ids or signatures, so its confirmation is looked at again. */
    public void replace(PublicKeyBlock.Key key, Instant now) {
        custody = custody.renewed(key.userIds(), now);
        describe(key);
    }

    private void describe(PublicKeyBlock.Key key) {
        this.keyId = key.keyId();
        this.algorithm = key.algorithm();
        this.bits = key.bits();
        this.keyCreated = key.created();
        this.keyExpires = key.expires();
        this.userIds = fit(String.join("\n", key.userIds()));
        this.armored = key.armored();
    }

    private static String fit(String text) {
        return text.length() <= USER_IDS_MAX_LENGTH ? text : text.substring(0, USER_IDS_MAX_LENGTH);
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

    public Custody custody() {
        return custody;
    }

    /** Its public key ring (primary key and subkeys), parsed from the armored block; empty if that no longer parses. */
    public Optional<PGPPublicKeyRing> ring() {
        try {
            return Optional.of(PublicKeyBlock.ring(armored));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
