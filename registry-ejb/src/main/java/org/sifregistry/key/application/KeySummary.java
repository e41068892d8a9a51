package org.sifregistry.key.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.sifregistry.key.domain.Custody;
import org.sifregistry.key.domain.PgpKey;

/**
 * A key as its owner, admins and HKP's index see it: {@code confirmedEmail} is the directory's address of the owner
 * that one of its user ids carries (null: none does). Serializable because the account pages' views hold it.
 */
public record KeySummary(String fingerprint, String keyId, int algorithm, int bits, Instant created,
                         Instant expires, List<String> userIds, String owner, String confirmedEmail,
                         Instant uploaded, Instant revokedAt, String revokedBy) implements Serializable {

    public KeySummary {
        userIds = List.copyOf(userIds);
    }

    static KeySummary of(PgpKey key) {
        Custody custody = key.custody();
        return new KeySummary(key.fingerprint(), key.keyId(), key.algorithm(), key.bits(), key.keyCreated(),
                key.keyExpires(), key.userIds(), custody.owner().username(), custody.confirmedEmail().orElse(null),
                custody.uploaded(), custody.revokedAt(), custody.revokedBy());
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
