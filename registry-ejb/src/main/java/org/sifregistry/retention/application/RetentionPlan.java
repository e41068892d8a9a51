package org.sifregistry.retention.application;

import java.io.Serializable;
import java.util.List;

import org.sifregistry.retention.domain.RetentionCandidate;

/**
 * What retention deletes (or would): tags and untagged images, and the bytes of their distinct content per
 * collection, which is what their deletion frees at most (less where other tags keep the same content).
 */
public record RetentionPlan(List<RetentionCandidate> items, long bytes) implements Serializable {

    static RetentionPlan of(List<RetentionCandidate> items) {
        long bytes = items.stream().map(c -> new Content(c.collection(), c.version(), c.size())).distinct()
                .mapToLong(Content::size).sum();
        return new RetentionPlan(List.copyOf(items), bytes);
    }

    private record Content(String collection, String version, long size) {
    }
}
