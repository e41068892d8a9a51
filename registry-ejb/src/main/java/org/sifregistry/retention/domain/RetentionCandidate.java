package org.sifregistry.retention.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * A tag ({@code tag} set) or an untagged image ({@code tag} null) that retention lets go from {@code dueAt}, by
 * {@code rule}, freeing {@code size} bytes of its collection's quota.
 */
public record RetentionCandidate(String collection, String container, String tag, String version, long size,
                                 RetentionRule rule, Instant dueAt) implements Serializable {

    public boolean isTag() {
        return tag != null;
    }

    public boolean isDueAt(Instant now) {
        return !dueAt.isAfter(now);
    }

    /** {@code collection/container:tag}, or {@code collection/container@sha256.<hex>} for an untagged image. */
    public String ref() {
        return collection + "/" + container + (isTag() ? ":" + tag : "@" + version);
    }
}
