package org.sifregistry.stats.application;

import java.time.Instant;

/** A pull as its event tells it: the event's unique id, the container pulled and when. */
public record PullEvent(String eventId, long containerId, Instant at) {
}
