package org.sifregistry.share.domain;

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

import org.sifregistry.container.domain.Container;
import org.sifregistry.user.domain.UserAccount;

/**
 * An expiring link that lets anyone holding it download one container, signed in or not. Only the sha256 of its
 * token is stored: the link is shown once, when it is made, and the database alone cannot rebuild it.
 */
@Entity
@Table(name = "share_links", uniqueConstraints = @UniqueConstraint(name = "uk_share_token", columnNames = "token_hash"))
@NamedQuery(name = "ShareLink.findByTokenHash", query = "SELECT s FROM ShareLink s WHERE s.tokenHash = :tokenHash")
@NamedQuery(name = "ShareLink.findByContainer",
        query = "SELECT s FROM ShareLink s WHERE s.container = :container ORDER BY s.created DESC, s.id DESC")
@NamedQuery(name = "ShareLink.deleteByContainer", query = "DELETE FROM ShareLink s WHERE s.container = :container")
@NamedQuery(name = "ShareLink.deleteExpiredBefore", query = "DELETE FROM ShareLink s WHERE s.expiresAt < :cutoff")
public class ShareLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "container_id", nullable = false)
    private Container container;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id", nullable = false)
    private UserAccount createdBy;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ShareLink() {
    }

    public ShareLink(String tokenHash, Container container, UserAccount createdBy, Instant expiresAt, Instant now) {
        this.tokenHash = tokenHash;
        this.container = container;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
        this.created = now;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isUsableAt(Instant now) {
        return !isRevoked() && !isExpiredAt(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Container container() {
        return container;
    }

    public UserAccount createdBy() {
        return createdBy;
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
}
