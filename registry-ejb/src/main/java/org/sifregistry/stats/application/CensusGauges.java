package org.sifregistry.stats.application;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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

/**
 * The gauges of the registry's backlog and store ({@code registry_parse_image_backlog},
 * {@code registry_downloads_uncounted}, {@code registry_stored_images}, {@code registry_stored_bytes}). They show one
 * {@link Census}, taken every {@link #PERIOD_SECONDS} s on a managed thread: three aggregate queries, however many
 * gauges and scrapers there are, and nothing on the request path. Not on the scrape itself: WildFly scrapes on a
 * management thread, where the application's CDI contexts are not active. NaN until the first count.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CensusGauges {

    /** Below Prometheus' usual 15 s scrape interval, so that nearly every scrape sees a fresh count. */
    static final long PERIOD_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(CensusGauges.class.getName());
    private static final List<String> GAUGES = List.of("registry.parse.image.backlog",
            "registry.downloads.uncounted", "registry.stored.images", "registry.stored.bytes");

    @Inject
    private MeterRegistry registry;

    @Inject
    private CensusService census;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile Census latest;
    private ScheduledFuture<?> counting;

    @PostConstruct
    void start() {
        // The registry's own gauge method, not Gauge.builder (see RegistryMetrics); it holds this bean weakly, the
        // container strongly
        gauge(GAUGES.get(0), Census::parsePending);
        gauge(GAUGES.get(1), Census::uncountedDownloads);
        gauge(GAUGES.get(2), Census::storedImages);
        gauge(GAUGES.get(3), Census::storedBytes);
        counting = scheduler.scheduleWithFixedDelay(this::count, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Stops counting and takes the gauges away: the next deployment registers its own, which would otherwise find
     * these, still reading this one.
     */
    @PreDestroy
    void stop() {
        counting.cancel(false);
        GAUGES.forEach(name -> registry.find(name).gauges().forEach(registry::remove));
    }

    private void gauge(String name, ToDoubleFunction<Census> part) {
        registry.gauge(name, List.of(), this, gauges -> {
            Census counted = gauges.latest;
            return counted == null ? Double.NaN : part.applyAsDouble(counted);
        });
    }

    private void count() {
        try {
            latest = census.take();
        } catch (RuntimeException e) {
            // A failed count must not end the schedule; the gauges show the last one meanwhile
            LOG.log(Level.WARNING, "Cannot count the registry's backlog and store for its gauges", e);
        }
    }
}
