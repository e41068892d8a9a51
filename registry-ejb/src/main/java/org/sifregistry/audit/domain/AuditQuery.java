package org.sifregistry.audit.domain;

import java.time.Instant;

/**
 * Which audit events to list; every part is optional.
 *
 * @param target part of the target, such as a collection's name
 * @param from   the first moment included
 * @param until  the first moment no longer included
 */
public record AuditQuery(AuditAction action, String actor, String target, Instant from, Instant until) {

    public AuditQuery {
        actor = blankToNull(actor);
        target = blankToNull(target);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
