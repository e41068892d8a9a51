package org.sifregistry.quota.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
    void aRecordedFigureIsTakenForAMinuteWithoutCounting() {
        recent.record(ALICE, 4200, NOON);

        assertEquals(4200, recent.of(ALICE, NOON.plus(Duration.ofSeconds(59)), count));
        assertEquals(0, counts.get());
        assertEquals(1000, recent.of(ALICE, NOON.plus(Duration.ofSeconds(60)), count));
    }

    @Test
    void eachAccountHasItsOwnCount() {
        assertEquals(1000, recent.of(ALICE, NOON, count));
        assertEquals(2000, recent.of(PHYSICS, NOON, count), "a team and a user of the same id are two accounts");
        assertEquals(1000, recent.of(ALICE, NOON, count));
    }

    @Test
    void whileOneRequestCountsTheOthersTakeTheLastFigure() throws Exception {
        recent.of(ALICE, NOON, count);
        Instant minuteLater = NOON.plus(Duration.ofMinutes(1));
        SlowCount slow = new SlowCount(5000);
        CompletableFuture<Long> counting = CompletableFuture.supplyAsync(() -> recent.of(ALICE, minuteLater, slow));
        slow.started.await();

        assertEquals(1000, recent.of(ALICE, minuteLater.plusSeconds(1), count));
        slow.finish.countDown();
        assertEquals(5000, counting.get());
        assertEquals(5000, recent.of(ALICE, minuteLater.plusSeconds(2), count));
        assertEquals(1, counts.get(), "only the first count and the slow one");
    }

    @Test
    void withoutAFigureTheOthersShareTheCountUnderWay() throws Exception {
        SlowCount slow = new SlowCount(5000);
        CompletableFuture<Long> counting = CompletableFuture.supplyAsync(() -> recent.of(ALICE, NOON, slow));
        slow.started.await();

        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> recent.of(ALICE, NOON, count));
        slow.finish.countDown();
        assertEquals(5000, counting.get());
        assertEquals(5000, waiting.get());
        assertEquals(0, counts.get());
    }

    /** A count that takes as long as the test wants. */
    private static final class SlowCount implements ToLongFunction<QuotaHolder> {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        private final long usage;

        SlowCount(long usage) {
            this.usage = usage;
        }

        @Override
        public long applyAsLong(QuotaHolder holder) {
            started.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return usage;
        }
    }
}
