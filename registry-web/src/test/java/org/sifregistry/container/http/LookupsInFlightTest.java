package org.sifregistry.container.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.MovableClock;

class LookupsInFlightTest {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final MovableClock clock = new MovableClock();
    private final LookupsInFlight inFlight = new LookupsInFlight(LONGEST_WAIT, clock);
    private final List<String> woken = new ArrayList<>();

    @Test
    void theFirstRequestLeadsAndTheOthersAreWokenWhenItLands() {
        LookupsInFlight.Flight led = inFlight.leadOrWait("/v1/images/a", () -> woken.add("first"));
        assertNotNull(led);
        assertNull(inFlight.leadOrWait("/v1/images/a", () -> woken.add("second")));
        assertNull(inFlight.leadOrWait("/v1/images/a", () -> woken.add("third")));
        assertEquals(List.of(), woken, "nobody is woken before the answer is in");

        inFlight.land("/v1/images/a", led);

        assertEquals(List.of("second", "third"), woken);
    }

    @Test
    void otherAnswersDoNotWait() {
        assertNotNull(inFlight.leadOrWait("/v1/images/a", () -> woken.add("a")));
        assertNotNull(inFlight.leadOrWait("/v1/images/b", () -> woken.add("b")));
    }

    @Test
    void afterALandingTheNextRequestLeadsAgain() {
        LookupsInFlight.Flight first = inFlight.leadOrWait("/v1/images/a", () -> woken.add("first"));
        inFlight.land("/v1/images/a", first);

        LookupsInFlight.Flight second = inFlight.leadOrWait("/v1/images/a", () -> woken.add("second"));

        assertNotNull(second);
        inFlight.land("/v1/images/a", second);
        assertEquals(List.of(), woken, "leaders are never woken");
    }

    @Test
    void aFlightPastTheLongestWaitHoldsNobodyUpAndItsLateLandingLeavesTheNextOneAlone() {
        LookupsInFlight.Flight stuck = inFlight.leadOrWait("/v1/images/a", () -> woken.add("stuck"));
        assertNull(inFlight.leadOrWait("/v1/images/a", () -> woken.add("early")));

        clock.advance(LONGEST_WAIT);
        LookupsInFlight.Flight next = inFlight.leadOrWait("/v1/images/a", () -> woken.add("next"));
        assertNotNull(next, "leads a flight of its own");
        assertNull(inFlight.leadOrWait("/v1/images/a", () -> woken.add("later")));

        inFlight.land("/v1/images/a", stuck);
        assertEquals(List.of("early"), woken, "who waited for the stuck flight goes on; who waits for the next stays");

        inFlight.land("/v1/images/a", next);
        assertEquals(List.of("early", "later"), woken);
    }
}
