package org.sifregistry.audit.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an audit event says, as it is recorded, listed and exported.
 *
 * @param actor         the user's name, null for an anonymous client
 * @param target        a reference, or a collection's or token's name
 * @param digest        the image's {@code sha256.<hex>}, where there is one
 * @param clientAddress the client's address as the server saw it (behind a proxy, the one it forwarded)
 */
public record AuditEntry(Instant at, String actor, AuditAction action, String target, String digest,
                         String clientAddress, String userAgent, AuditOutcome outcome, String detail)
        implements Serializable {
}
