package org.sifregistry.common.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What every feature records, in WildFly's Micrometer registry, under names Prometheus shows as
 * {@code registry_*} (README, Operations). Every counter exists from the start, at zero, so that a dashboard shows
 * a protocol nobody used yet and a rate starts from the first event; recording is a counter increment and nothing
 * else, so the pull path stays as cheap as it was.
 *
 * <p>Meters are made with the registry's own methods ({@code registry.counter(name, tags)}), never with
 * {@code Counter.builder(...).register(registry)}: the registry WildFly injects hands only those on to its Prometheus
 * registry (adding the deployment's {@code WF_DEPLOYMENT} tag); a builder's meter stays in a private registry that
 * nothing scrapes. Hence no descriptions, and units in the names.
 */
@ApplicationScoped
public class RegistryMetrics {

    static final String PROTOCOL = "protocol";
    static final String OUTCOME = "outcome";

    /** The two caches that answer repeated lookups from memory: the tag of the cache meters. */
    public enum LookupCache {
        /** Whole answers to metadata lookups, before the servlets. */
        ANSWERS,
        /** Verified API tokens. */
        TOKENS
    }

    @Inject
    private MeterRegistry registry;

    private final Map<Protocol, Map<Outcome, Counter>> pushes = new EnumMap<>(Protocol.class);
    private final Map<Protocol, Map<Outcome, Counter>> pulls = new EnumMap<>(Protocol.class);
    private final Map<Protocol, Counter> received = new EnumMap<>(Protocol.class);
    private final Map<Protocol, Counter> sent = new EnumMap<>(Protocol.class);
    private final Map<Protocol, Map<UploadFailure, Counter>> uploadFailures = new EnumMap<>(Protocol.class);
    private final Map<LookupCache, Counter> hits = new EnumMap<>(LookupCache.class);
    private final Map<LookupCache, Counter> misses = new EnumMap<>(LookupCache.class);
    private Timer parseImage;
    private Counter reclaimed;

    /** For CDI, which injects the registry. */
    protected RegistryMetrics() {
    }

    /** On a registry of one's own, registered at once: for tests. */
    RegistryMetrics(MeterRegistry registry) {
        this.registry = registry;
        register();
    }

    @PostConstruct
    void register() {
        for (Protocol protocol : Protocol.values()) {
            pushes.put(protocol, perOutcome("registry.pushes", protocol));
            pulls.put(protocol, perOutcome("registry.pulls", protocol));
            received.put(protocol, registry.counter("registry.received.bytes", PROTOCOL, protocol.tag()));
            sent.put(protocol, registry.counter("registry.sent.bytes", PROTOCOL, protocol.tag()));
            Map<UploadFailure, Counter> reasons = new EnumMap<>(UploadFailure.class);
            for (UploadFailure reason : UploadFailure.values()) {
                reasons.put(reason, registry.counter("registry.upload.failures", PROTOCOL, protocol.tag(),
                        "reason", reason.tag()));
            }
            uploadFailures.put(protocol, reasons);
        }
        for (LookupCache cache : LookupCache.values()) {
            hits.put(cache, lookup(cache, "hit"));
            misses.put(cache, lookup(cache, "miss"));
        }
        parseImage = registry.timer("registry.parse.image");
        reclaimed = registry.counter("registry.gc.reclaimed.bytes");
    }

    private Map<Outcome, Counter> perOutcome(String name, Protocol protocol) {
        Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, registry.counter(name, PROTOCOL, protocol.tag(), OUTCOME, outcome.tag()));
        }
        return counters;
    }

    private Counter lookup(LookupCache cache, String result) {
        return registry.counter("registry.lookup.cache", "cache", cache.name().toLowerCase(Locale.ROOT),
                "result", result);
    }

    /**
     * Runs one step of an upload (receiving bytes, accepting them); when it throws, counts a failed push with the
     * reason and throws on.
     */
    public <T> T uploading(Protocol protocol, Supplier<T> step) {
        return uploading(protocol, step, UploadFailure::of);
    }

    /** As {@link #uploading(Protocol, Supplier)}, for a protocol whose own exceptions say more than an error. */
    public <T> T uploading(Protocol protocol, Supplier<T> step, Function<RuntimeException, UploadFailure> reasons) {
        try {
            return step.get();
        } catch (RuntimeException failure) {
            uploadFailures.get(protocol).get(reasons.apply(failure)).increment();
            pushes.get(protocol).get(Outcome.FAILURE).increment();
            throw failure;
        }
    }

    public void received(Protocol protocol, long bytes) {
        received.get(protocol).increment(bytes);
    }

    /** An image was pushed and published. */
    public void pushed(Protocol protocol) {
        pushes.get(protocol).get(Outcome.SUCCESS).increment();
    }

    /** A pull was counted (once per pull, however many ranges it fetches). */
    public void pulled(Protocol protocol) {
        pulls.get(protocol).get(Outcome.SUCCESS).increment();
    }

    /** The transfer of a pull, or of one range of it, broke off after {@code bytes}. */
    public void pullBrokeOff(Protocol protocol, long bytes) {
        pulls.get(protocol).get(Outcome.FAILURE).increment();
        sent(protocol, bytes);
    }

    public void sent(Protocol protocol, long bytes) {
        sent.get(protocol).increment(bytes);
    }

    public void lookedUp(LookupCache cache, boolean hit) {
        (hit ? hits : misses).get(cache).increment();
    }

    public void imageParsed(Duration took) {
        parseImage.record(took);
    }

    public void garbageCollected(long bytes) {
        reclaimed.increment(bytes);
    }
}
