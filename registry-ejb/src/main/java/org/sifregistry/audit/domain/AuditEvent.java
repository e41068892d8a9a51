package org.sifregistry.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import org.sifregistry.common.UnseenByLookups;

/**
 * One audited event, written once and never changed. No lookup answers with it, and private pulls write one each, so
 * it is {@link UnseenByLookups}: the answers kept for pulls outlive the pulls' own audit.
 */
@Entity
@UnseenByLookups
@Table(name = "audit_events", indexes = {@Index(name = "ix_audit_at", columnList = "event_at DESC, id DESC"),
        @Index(name = "ix_audit_actor", columnList = "actor, event_at DESC")})
public class AuditEvent {

    public static final int TEXT_MAX_LENGTH = 512;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_at", nullable = false)
    private Instant at;

    /** The user's name; null for an anonymous client. */
    @Column(length = 255)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AuditAction action;

    /** What it was done to: a reference, a collection's or a token's name. */
    @Column(length = TEXT_MAX_LENGTH)
    private String target;

    /** The image's {@code sha256.<hex>}, where there is one. */
    @Column(length = 80)
    private String digest;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "user_agent", length = TEXT_MAX_LENGTH)
    private String userAgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(length = TEXT_MAX_LENGTH)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(AuditEntry entry) {
        this.at = entry.at();
        this.actor = entry.actor();
        this.action = entry.action();
        this.target = clipped(entry.target());
        this.digest = entry.digest();
        this.clientAddress = clipped(entry.clientAddress(), 64);
        this.userAgent = clipped(entry.userAgent());
        this.outcome = entry.outcome();
        this.detail = clipped(entry.detail());
    }

    public AuditEntry entry() {
        return new AuditEntry(at, actor, action, target, digest, clientAddress, userAgent, outcome, detail);
    }

    private static String clipped(String text) {
        return clipped(text, TEXT_MAX_LENGTH);
    }

    private static String clipped(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
