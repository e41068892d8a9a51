package org.sifregistry.stats.application;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

import org.sifregistry.container.domain.StoredTotals;

/**
 * The gauges of the registry's backlog and store ({@code registry_parse_image_backlog},
 * {@code registry_downloads_uncounted}, {@code registry_stored_images}, {@code registry_stored_bytes}), counted on a
 * managed thread by {@link CensusService}, however many gauges and scrapers there are, and nothing on the request
 * path: the backlog every {@link #BACKLOG_SECONDS} s, the store, a pass over every image, every
 * {@link #STORE_SECONDS} s (at 100,000 images on H2 it was an eighth of what a loaded server allocated when taken
 * every 10 s; the store changes slowly). Not on the scrape itself: WildFly scrapes on a management thread, where the
 * application's CDI contexts are not active. NaN until the first count.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CensusGauges {

    /** Below Prometheus' usual 15 s scrape interval, so that nearly every scrape sees a fresh backlog. */
    private static final long BACKLOG_SECONDS = 10;
    private static final long STORE_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(CensusGauges.class.getName());
    private static final List<String> GAUGES = List.of("registry.parse.image.backlog",
            "registry.downloads.uncounted", "registry.stored.images", "registry.stored.bytes");

    @Inject
    private MeterRegistry registry;

    @Inject
    private CensusService census;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile Backlog backlog;
    private volatile StoredTotals stored;
    private List<ScheduledFuture<?>> counting;

    @PostConstruct
    void start() {
        // The registry's own gauge method, not Gauge.builder (see RegistryMetrics); it holds this bean weakly, the
        // container strongly
        gauge(GAUGES.get(0), gauges -> gauges.backlog, Backlog::parsePending);
        gauge(GAUGES.get(1), gauges -> gauges.backlog, Backlog::uncountedDownloads);
        gauge(GAUGES.get(2), gauges -> gauges.stored, StoredTotals::images);
        gauge(GAUGES.get(3), gauges -> gauges.stored, StoredTotals::bytes);
        counting = List.of(
                every(BACKLOG_SECONDS, () -> backlog = census.backlog()),
                every(STORE_SECONDS, () -> stored = census.stored()));
    }

    /**
     * Stops counting and takes the gauges away: the next deployment registers its own, which would otherwise find
     * these, still reading this one.
     */
    @PreDestroy
    void stop() {
        counting.forEach(task -> task.cancel(false));
        GAUGES.forEach(name -> registry.find(name).gauges().forEach(registry::remove));
    }

    private <T> void gauge(String name, Function<CensusGauges, T> latest, ToDoubleFunction<T> part) {
        registry.gauge(name, List.of(), this, gauges -> {
            T counted = latest.apply(gauges);
            return counted == null ? Double.NaN : part.applyAsDouble(counted);
        });
    }

    private ScheduledFuture<?> every(long seconds, Runnable count) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                count.run();
            } catch (RuntimeException e) {
                // A failed count must not end the schedule; the gauges show the last one meanwhile
                LOG.log(Level.WARNING, "Cannot count the registry's backlog or store for its gauges", e);
            }
        }, 0, seconds, TimeUnit.SECONDS);
    }
}
