package org.sifregistry.user.application;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import org.sifregistry.common.DataVersion;
import org.sifregistry.common.VersionedCache;

/**
 * Verified API tokens in a {@link VersionedCache}, each for at most {@code lifetime} and never past the token's
 * expiry. Revoking a token, granting or taking a role and a sign-in that brings other roles are committed writes, so
 * each ends every kept token on this server at once; on other servers, which do not see this one's writes, the
 * lifetime bounds how long they keep one. At most {@code maxEntries} are kept.
 */
final class TokenCache<K> {

    /** A kept token; of the requests that find its use due for recording, only one claims it. */
    static final class Kept {

        private final VerifiedToken token;
        private final AtomicBoolean useClaimed = new AtomicBoolean();

        private Kept(VerifiedToken token) {
            this.token = token;
        }

        VerifiedToken token() {
            return token;
        }

        /** True for the first request that finds the use at {@code now} worth recording. */
        boolean claimUse(Instant now) {
            return token.isUseDueAt(now) && useClaimed.compareAndSet(false, true);
        }
    }

    private final VersionedCache<K, Kept> kept;
    private final Duration lifetime;
    private final InstantSource clock;

    /** @param version the current {@link DataVersion}: {@code DataVersion::current}, or a test's own */
    TokenCache(Duration lifetime, int maxEntries, InstantSource clock, LongSupplier version) {
        this.kept = new VersionedCache<>(maxEntries, clock, version);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    Optional<Kept> get(K key) {
        return kept.get(key);
    }

    /**
     * Keeps a token read under {@code version}, or the one already kept if it is as current: requests that read
     * the token at once then share one claim on recording its use.
     *
     * @param version the {@link DataVersion} as it was before the token was read
     * @return what is kept now, or the token unkept when the lifetime is zero (caching off)
     */
    Kept put(K key, long version, VerifiedToken token) {
        Kept fresh = new Kept(token);
        if (lifetime.isZero()) {
            return fresh;
        }
        Instant until = clock.instant().plus(lifetime);
        Instant expires = token.holder().validUntil();
        return kept.put(key, version, expires != null && expires.isBefore(until) ? expires : until, fresh, 1);
    }
}
