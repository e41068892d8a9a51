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
 * token is valid. Within {@code maxBytes} of keys, headers and bodies.
 *
 * <p>It also notes, for as long, the lookups whose answer may not be kept because it must reach the API each time (a
 * private image's pull, audited): requests for those go their way at once instead of waiting for one another
 * ({@link LookupsInFlight}), which would only make them take turns.
 */
final class LookupCache {

    /**
     * @param status  200, or the 303 of a library pull
     * @param headers what the answer says about its body (its type, an OCI manifest's digest) or where it sends, to say
     *                again
     */
    record Answer(int status, Map<HttpString, String> headers, byte[] body) {
    }

    /** Held for a lookup whose answer is never kept. */
    private static final Answer PASSES = new Answer(0, Map.of(), new byte[0]);

    private final VersionedCache<String, Answer> answers;
    private final Duration lifetime;
    private final Clock clock;

    LookupCache(Duration lifetime, long maxBytes, Clock clock) {
        this.answers = new VersionedCache<>(maxBytes, clock, DataVersion::current);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    Optional<Answer> get(String key) {
        return answers.get(key).filter(answer -> answer != PASSES);
    }

    /** Whether the last answer to this lookup was one never kept. */
    boolean passes(String key) {
        return answers.get(key).filter(answer -> answer == PASSES).isPresent();
    }

    /** Notes that the lookup's answer, computed under {@code version} for credentials valid until then, is never kept. */
    void pass(String key, long version, Instant validUntil) {
        keep(key, version, validUntil, PASSES, key.length());
    }

    /**
     * @param version    {@link DataVersion#current()} as it was before the answer was computed
     * @param validUntil when the credentials it was computed for end ({@link Instant#MAX} for none)
     */
    void put(String key, long version, Instant validUntil, int status, Map<HttpString, String> headers, byte[] body) {
        // A 303 has no body: what it holds is its key and its Location, which count too
        long bytes = key.length() + body.length + headers.values().stream().mapToLong(String::length).sum();
        keep(key, version, validUntil, new Answer(status, Map.copyOf(headers), body), bytes);
    }

    private void keep(String key, long version, Instant validUntil, Answer answer, long bytes) {
        Instant until = clock.instant().plus(lifetime);
        answers.put(key, version, validUntil.isBefore(until) ? validUntil : until, answer, bytes);
    }
}
