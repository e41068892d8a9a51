package org.sifregistry.key.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.sifregistry.user.domain.UserAccount;

/**
 * Who answers for a signing key or certificate: the user who uploaded it first (only they may replace it), whether
 * the directory confirms them (one of its identities carries the e-mail address the directory gave that user), and
 * whether it was revoked. A revoked one stays, so that what it signed shows as revoked, and cannot come back.
 */
@Embeddable
public class Custody {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    /** The directory's e-mail address of the owner that one of the identities carries; null: none does. */
    @Column(name = "confirmed_email", length = 255)
    private String confirmedEmail;

    @Column(nullable = false)
    private Instant uploaded;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected Custody() {
    }

    /** {@code identities}: OpenPGP user ids ("Name &lt;address&gt;") or bare e-mail addresses. */
    public Custody(UserAccount owner, List<String> identities, Instant now) {
        this.owner = owner;
        this.uploaded = now;
        this.confirmedEmail = confirmedEmail(identities, owner.email()).orElse(null);
    }

    /** The owner's new upload, with these identities: confirmed anew, revocation kept. */
    public Custody renewed(List<String> identities, Instant now) {
        Custody renewed = new Custody(owner, identities, now);
        renewed.revokedAt = revokedAt;
        renewed.revokedBy = revokedBy;
        return renewed;
    }

    /** The owner's directory e-mail address if one of the identities carries it, in any case. */
    static Optional<String> confirmedEmail(List<String> identities, String directoryEmail) {
        if (directoryEmail == null || directoryEmail.isBlank()) {
            return Optional.empty();
        }
        String wanted = directoryEmail.strip().toLowerCase(Locale.ROOT);
        return identities.stream().map(Custody::emailOf).flatMap(Optional::stream)
                .filter(email -> email.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst().map(email -> directoryEmail.strip());
    }

    /** The address of a user id: "Name (comment) &lt;address&gt;", or a bare address. */
    static Optional<String> emailOf(String identity) {
        int open = identity.lastIndexOf('<');
        int close = identity.lastIndexOf('>');
        String address = open >= 0 && close > open ? identity.substring(open + 1, close) : identity;
        address = address.strip();
        return address.indexOf('@') > 0 && !address.contains(" ") ? Optional.of(address) : Optional.empty();
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
}
