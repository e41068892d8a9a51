package org.sifregistry.container.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.undertow.util.HttpString;

import org.sifregistry.common.DataVersion;
import org.sifregistry.common.VersionedCache;

/**
 * The answers to metadata lookups in a {@link VersionedCache}, each for at most {@code lifetime} (the shub answer
 * holds a signed URL, whose expiry moves on with the clock), and an answer given for an API token no longer than the
 * token is valid. Within {@code maxBytes} of bodies.
 */
final class LookupCache {

    /** @param headers what the answer says about its body (its type, an OCI manifest's digest), to say again */
    record Answer(Map<HttpString, String> headers, byte[] body) {
    }

    private final VersionedCache<String, Answer> answers;
    private final Duration lifetime;
    private final Clock clock;

    LookupCache(Duration lifetime, long maxBytes, Clock clock) {
        this.answers = new VersionedCache<>(maxBytes, clock, DataVersion::current);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    Optional<Answer> get(String key) {
        return answers.get(key);
    }

    /**
     * @param version    {@link DataVersion#current()} as it was before the answer was computed
     * @param validUntil when the credentials it was computed for end ({@link Instant#MAX} for none)
     */
    void put(String key, long version, Instant validUntil, Map<HttpString, String> headers, byte[] body) {
        Instant until = clock.instant().plus(lifetime);
        answers.put(key, version, validUntil.isBefore(until) ? validUntil : until,
                new Answer(Map.copyOf(headers), body), body.length);
    }
}
