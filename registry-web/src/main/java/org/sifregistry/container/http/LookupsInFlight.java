package org.sifregistry.container.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lookups on their way to the servlets, one for each answer: a request that misses while another is computing the
 * same answer waits for it instead of computing it too. When a kept answer ends, or a job starts on many nodes at
 * once, the API and the database so see one lookup, not one from every client at the same moment (what nginx calls
 * the cache lock, Varnish request coalescing).
 *
 * <p>A flight that has not landed within {@code longestWait} (its client stopped reading, say) no longer holds anyone
 * up: the next request for its answer leads a flight of its own.
 */
final class LookupsInFlight {

    /** One lookup on its way, and the requests waiting for its answer until it lands. */
    static final class Flight {

        private final Instant started;
        private final List<Runnable> waiting = new ArrayList<>();
        private boolean landed;

        private Flight(Instant started) {
            this.started = started;
        }

        private synchronized boolean await(Runnable wake) {
            if (!landed) {
                waiting.add(wake);
            }
            return !landed;
        }

        private synchronized List<Runnable> land() {
            landed = true;
            return List.copyOf(waiting);
        }
    }

    private final Map<String, Flight> flights = new ConcurrentHashMap<>();
    private final Duration longestWait;
    private final Clock clock;

    LookupsInFlight(Duration longestWait, Clock clock) {
        this.longestWait = longestWait;
        this.clock = clock;
    }

    Duration longestWait() {
        return longestWait;
    }

    /**
     * Either the caller now leads the lookup of {@code key}: the flight it must {@link #land} when its answer is
     * kept (or is not to be); or null: another request leads it, and {@code wake} runs once that one lands.
     */
    Flight leadOrWait(String key, Runnable wake) {
        Instant now = clock.instant();
        Flight[] led = {null};
        flights.compute(key, (k, flight) -> {
            if (flight != null && now.isBefore(flight.started.plus(longestWait)) && flight.await(wake)) {
                return flight;
            }
            led[0] = new Flight(now);
            return led[0];
        });
        return led[0];
    }

    /** Ends a flight and wakes who waited for it; a later flight for the same answer is not touched. */
    void land(String key, Flight flight) {
        List<Runnable> waiting = flight.land();
        flights.remove(key, flight);
        waiting.forEach(Runnable::run);
    }
}
