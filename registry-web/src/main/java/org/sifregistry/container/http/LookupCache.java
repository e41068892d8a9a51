package org.sifregistry.container.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.undertow.util.HttpString;

import org.sifregistry.common.DataVersion;

/**
 * The answers to metadata lookups, each kept while the {@link DataVersion} it was computed under is current and for
 * at most {@code lifetime} (the shub answer holds a signed URL, whose expiry moves on with the clock), and an answer
 * given for an API token no longer than the token is valid. Within {@code maxBytes} of bodies; past that it starts
 * over, which costs only recomputing.
 */
final class LookupCache {

    /** @param headers what the answer says about its body (its type, an OCI manifest's digest), to say again */
    record Answer(long version, Instant until, Map<HttpString, String> headers, byte[] body) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final Duration lifetime;
    private final long maxBytes;
    private final Clock clock;

    LookupCache(Duration lifetime, long maxBytes, Clock clock) {
        this.lifetime = lifetime;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    Optional<Answer> get(String key) {
        Answer answer = answers.get(key);
        boolean current = answer != null && answer.version() == DataVersion.current()
                && clock.instant().isBefore(answer.until());
        return current ? Optional.of(answer) : Optional.empty();
    }

    /**
     * @param version    {@link DataVersion#current()} as it was before the answer was computed
     * @param validUntil when the credentials it was computed for end ({@link Instant#MAX} for none)
     */
    void put(String key, long version, Instant validUntil, Map<HttpString, String> headers, byte[] body) {
        if (bytes.addAndGet(body.length) > maxBytes) {
            answers.clear();
            bytes.set(body.length);
        }
        Instant until = clock.instant().plus(lifetime);
        Answer replaced = answers.put(key, new Answer(version, validUntil.isBefore(until) ? validUntil : until,
                Map.copyOf(headers), body));
        if (replaced != null) {
            bytes.addAndGet(-replaced.body().length);
        }
    }
}
