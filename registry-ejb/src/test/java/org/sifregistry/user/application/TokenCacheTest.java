package org.sifregistry.user.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.Caller;
import org.sifregistry.user.domain.TokenScope;

class TokenCacheTest {

    private static final Duration LIFETIME = Duration.ofSeconds(10);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final AtomicLong version = new AtomicLong();
    private final TokenCache<String> cache = new TokenCache<>(LIFETIME, 3, now::get, version::get);

    @Test
    void keepsATokenUntilTheNextCommittedWrite() {
        cache.put("a", version.get(), token(null, START));
        assertTrue(cache.get("a").isPresent());

        version.incrementAndGet();

        assertEquals(Optional.empty(), cache.get("a"), "a revocation or a role change is a write");
    }

    @Test
    void aTokenReadBeforeAWriteIsNotKeptAfterIt() {
        long before = version.get();
        version.incrementAndGet();

        cache.put("a", before, token(null, START));

        assertEquals(Optional.empty(), cache.get("a"));
    }

    @Test
    void keepsATokenForTheLifetimeAtMost() {
        cache.put("a", version.get(), token(null, START));

        now.set(START.plus(LIFETIME).minusMillis(1));
        assertTrue(cache.get("a").isPresent());
        now.set(START.plus(LIFETIME));
        assertEquals(Optional.empty(), cache.get("a"), "what other servers wrote shows after the lifetime");
    }

    @Test
    void neverKeepsATokenPastItsExpiry() {
        cache.put("a", version.get(), token(START.plusSeconds(2), START));

        now.set(START.plusSeconds(2));

        assertEquals(Optional.empty(), cache.get("a"));
    }

    @Test
    void aZeroLifetimeKeepsNothing() {
        TokenCache<String> off = new TokenCache<>(Duration.ZERO, 3, now::get, version::get);

        TokenCache.Kept unkept = off.put("a", version.get(), token(null, null));

        assertEquals(Optional.empty(), off.get("a"));
        assertTrue(unkept.claimUse(START), "its use is still recorded");
    }

    @Test
    void requestsThatReadATokenAtOnceShareOneClaimOnRecordingItsUse() {
        TokenCache.Kept first = cache.put("a", version.get(), token(null, null));
        TokenCache.Kept second = cache.put("a", version.get(), token(null, null));

        assertSame(first, second);
        assertTrue(first.claimUse(START));
        assertFalse(second.claimUse(START), "one request records the use");
        assertFalse(cache.get("a").orElseThrow().claimUse(START));
    }

    @Test
    void aUseWithinTheMinuteIsNotClaimedForRecording() {
        TokenCache.Kept used = cache.put("a", version.get(), token(null, START.minusSeconds(30)));

        assertFalse(used.claimUse(START));
    }

    @Test
    void startsOverPastItsSize() {
        for (String key : new String[] {"a", "b", "c", "d"}) {
            cache.put(key, version.get(), token(null, START));
        }

        assertEquals(Optional.empty(), cache.get("a"));
        assertTrue(cache.get("d").isPresent());
    }

    private static VerifiedToken token(Instant expires, Instant lastUsed) {
        return new VerifiedToken(new TokenHolder(Caller.user("alice"), TokenScope.PULL, 1L, expires), lastUsed);
    }
}
