package org.sifregistry.common;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Values computed from the database, each kept while the {@link DataVersion} it was computed under is current and
 * until its own deadline. Every committed write ends every kept value on this server at once. Within a budget of
 * weight (entries, or bytes); past it the cache starts over, which costs only computing the values again.
 *
 * @param <K> what a value is found by
 * @param <V> the kept value
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(V value, long version, Instant until, long weight) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final long maxWeight;
    private final InstantSource clock;
    private final LongSupplier version;

    /** @param version the current {@link DataVersion}: {@code DataVersion::current}, or a test's own */
    public VersionedCache(long maxWeight, InstantSource clock, LongSupplier version) {
        this.maxWeight = maxWeight;
        this.clock = clock;
        this.version = version;
    }

    public Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && isCurrent(entry) ? Optional.of(entry.value()) : Optional.empty();
    }

    /**
     * Keeps a value computed under {@code version}, or the one already kept if it is as current: requests that
     * computed it at once then share one.
     *
     * @param version the {@link DataVersion} as it was before the value was computed
     * @param until   when the value ends whatever the version
     * @param weight  what it costs of the budget
     * @return the value kept now
     */
    public V put(K key, long version, Instant until, V value, long weight) {
        if (this.weight.addAndGet(weight) > maxWeight) {
            entries.clear();
            this.weight.set(weight);
        }
        Entry<V> fresh = new Entry<>(value, version, until, weight);
        long[] replacedWeight = {0};
        Entry<V> kept = entries.compute(key, (k, old) -> {
            if (old != null && old.version() >= version && isCurrent(old)) {
                return old;
            }
            replacedWeight[0] = old == null ? 0 : old.weight();
            return fresh;
        });
        // Approximate when the cache starts over meanwhile: the budget bounds memory, it need not be exact
        this.weight.addAndGet(-(kept == fresh ? replacedWeight[0] : weight));
        return kept.value();
    }

    private boolean isCurrent(Entry<V> entry) {
        return entry.version() == version.getAsLong() && clock.instant().isBefore(entry.until());
    }
}
