package org.sifregistry.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeldTest {

    @Test
    void aContainerCountsAmongThePulledOnlyIfItWasPulled() {
        assertEquals(new Held(1, 0, 10), Held.ofContainer(10, false));
        assertEquals(new Held(1, 1, 10), Held.ofContainer(10, true));
    }

    @Test
    void takingAwayIsTheNegatedChange() {
        assertEquals(new Held(-1, -1, -10), Held.ofContainer(10, true).negated());
        assertEquals(new Held(0, 0, 5), Held.bytes(-5).negated());
    }

    @Test
    void firstPullsChangeOnlyTheCountOfPulledContainers() {
        assertEquals(new Held(0, 3, 0), Held.firstPulls(3));
    }
}
