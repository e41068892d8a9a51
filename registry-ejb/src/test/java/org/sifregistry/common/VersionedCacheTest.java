package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = START.plusSeconds(10);

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final AtomicLong version = new AtomicLong();
    private final VersionedCache<String, String> cache = new VersionedCache<>(10, now::get, version::get);

    @Test
    void keepsAValueUntilTheNextCommittedWrite() {
        cache.put("a", version.get(), LATER, "A", 1);
        assertEquals(Optional.of("A"), cache.get("a"));

        version.incrementAndGet();

        assertEquals(Optional.empty(), cache.get("a"));
    }

    @Test
    void aValueComputedBeforeAWriteIsNotKeptAfterIt() {
        long before = version.getAndIncrement();

        cache.put("a", before, LATER, "A", 1);

        assertEquals(Optional.empty(), cache.get("a"));
    }

    @Test
    void keepsAValueUntilItsDeadlineAtMost() {
        cache.put("a", version.get(), LATER, "A", 1);

        now.set(LATER.minusMillis(1));
        assertEquals(Optional.of("A"), cache.get("a"));
        now.set(LATER);
        assertEquals(Optional.empty(), cache.get("a"));
    }

    @Test
    void aValueComputedAtOnceWithTheKeptOneIsTheKeptOne() {
        cache.put("a", version.get(), LATER, "first", 1);

        assertEquals("first", cache.put("a", version.get(), LATER, "second", 1));
        assertEquals(Optional.of("first"), cache.get("a"));
    }

    @Test
    void aValueComputedUnderANewerVersionReplacesTheKeptOne() {
        cache.put("a", version.get(), LATER, "old", 1);
        version.incrementAndGet();

        assertEquals("new", cache.put("a", version.get(), LATER, "new", 1));
    }

    @Test
    void startsOverPastItsBudget() {
        cache.put("a", version.get(), LATER, "A", 6);
        cache.put("b", version.get(), LATER, "B", 4);
        assertEquals(Optional.of("A"), cache.get("a"), "within the budget");

        cache.put("c", version.get(), LATER, "C", 1);

        assertEquals(Optional.empty(), cache.get("a"));
        assertEquals(Optional.of("C"), cache.get("c"));
    }

    @Test
    void aReplacedValueGivesBackItsWeight() {
        cache.put("a", version.get(), LATER, "A", 6);
        version.incrementAndGet();
        cache.put("a", version.get(), LATER, "A again", 6);

        cache.put("b", version.get(), LATER, "B", 4);

        assertEquals(Optional.of("A again"), cache.get("a"), "6 + 4 is within the budget of 10");
    }
}
