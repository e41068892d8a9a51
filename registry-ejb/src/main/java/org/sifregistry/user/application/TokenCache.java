package org.sifregistry.user.application;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import org.sifregistry.common.DataVersion;

/**
 * Verified API tokens, each kept while the {@link DataVersion} it was read under is current, for at most
 * {@code lifetime}, and never past the token's expiry. Revoking a token, granting or taking a role and a sign-in
 * that brings other roles are committed writes, so each ends every kept token on this server at once; on other
 * servers, which do not see this one's writes, the lifetime bounds how long they keep one. Within
 * {@code maxEntries}; past that it starts over, which costs only reading the tokens again.
 */
final class TokenCache<K> {

    /** A kept token; of the requests that find its use due for recording, only one claims it. */
    static final class Kept {

        private final VerifiedToken token;
        private final long version;
        private final Instant until;
        private final AtomicBoolean useClaimed = new AtomicBoolean();

        private Kept(VerifiedToken token, long version, Instant until) {
            this.token = token;
            this.version = version;
            this.until = until;
        }

        VerifiedToken token() {
            return token;
        }

        /** True for the first request that finds the use at {@code now} worth recording. */
        boolean claimUse(Instant now) {
            return token.isUseDueAt(now) && useClaimed.compareAndSet(false, true);
        }
    }

    private final Map<K, Kept> kept = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final int maxEntries;
    private final InstantSource clock;
    private final LongSupplier version;

    /** @param version the current {@link DataVersion}: {@code DataVersion::current}, or a test's own */
    TokenCache(Duration lifetime, int maxEntries, InstantSource clock, LongSupplier version) {
        this.lifetime = lifetime;
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.version = version;
    }

    Optional<Kept> get(K key) {
        Kept token = kept.get(key);
        return token != null && isCurrent(token) ? Optional.of(token) : Optional.empty();
    }

    /**
     * Keeps a token read under {@code version}, or the one already kept if it is as current: requests that read
     * the token at once then share one claim on recording its use.
     *
     * @param version the {@link DataVersion} as it was before the token was read
     * @return what is kept now, or the token unkept when the lifetime is zero (caching off)
     */
    Kept put(K key, long version, VerifiedToken token) {
        Instant now = clock.instant();
        Instant until = now.plus(lifetime);
        Instant expires = token.holder().validUntil();
        Kept fresh = new Kept(token, version, expires != null && expires.isBefore(until) ? expires : until);
        if (lifetime.isZero()) {
            return fresh;
        }
        if (kept.size() >= maxEntries) {
            kept.clear();
        }
        return kept.merge(key, fresh, (old, read) -> old.version >= read.version && isCurrent(old) ? old : read);
    }

    private boolean isCurrent(Kept token) {
        return token.version == version.getAsLong() && clock.instant().isBefore(token.until);
    }
}
