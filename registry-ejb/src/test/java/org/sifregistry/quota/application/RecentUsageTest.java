package org.sifregistry.quota.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;
import org.sifregistry.quota.domain.QuotaHolder;

class RecentUsageTest {

    private static final QuotaHolder ALICE = new QuotaHolder(QuotaHolder.Kind.USER, 1, "alice");
    private static final QuotaHolder PHYSICS = new QuotaHolder(QuotaHolder.Kind.TEAM, 1, "physics");
    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    private final RecentUsage recent = new RecentUsage();
    private final AtomicInteger counts = new AtomicInteger();
    private final ToLongFunction<QuotaHolder> count = holder -> 1000L * counts.incrementAndGet();

    @Test
    void anAccountIsCountedOnceAMinute() {
        assertEquals(1000, recent.of(ALICE, NOON, count));
        assertEquals(1000, recent.of(ALICE, NOON.plus(Duration.ofSeconds(59)), count));
        assertEquals(2000, recent.of(ALICE, NOON.plus(Duration.ofSeconds(60)), count));
        assertEquals(2, counts.get());
    }

    @Test
    void eachAccountHasItsOwnCount() {
        assertEquals(1000, recent.of(ALICE, NOON, count));
        assertEquals(2000, recent.of(PHYSICS, NOON, count), "a team and a user of the same id are two accounts");
        assertEquals(1000, recent.of(ALICE, NOON, count));
    }
}
