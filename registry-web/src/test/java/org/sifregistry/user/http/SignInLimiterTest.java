package org.sifregistry.user.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.MovableClock;

class SignInLimiterTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock();
    private final SignInLimiter limiter = new SignInLimiter(3, WINDOW, clock);

    @Test
    void blocksAfterTheAllowedFailuresUntilTheWindowCloses() {
        limiter.failed("a");
        clock.advance(Duration.ofMinutes(1));
        limiter.failed("a");
        assertEquals(Optional.empty(), limiter.blockedFor("a"), "two of three");
        limiter.failed("a");

        assertEquals(Optional.of(Duration.ofMinutes(4)), limiter.blockedFor("a"), "until five minutes after the first");
        clock.advance(Duration.ofMinutes(4));
        assertEquals(Optional.empty(), limiter.blockedFor("a"));
    }

    @Test
    void onlyTheFailureThatUsesUpTheAllowanceSaysSo() {
        assertFalse(limiter.failed("a"));
        assertFalse(limiter.failed("a"));

        assertTrue(limiter.failed("a"), "the third of three blocks");
        assertFalse(limiter.failed("a"), "a late one, past the check, blocks nothing new");
        clock.advance(WINDOW);
        assertFalse(limiter.failed("a"), "the first of a new window");
    }

    @Test
    void failedWithinTellsAKeyThatFailedInTheOpenWindowFromOneThatDidNot() {
        assertEquals(Optional.empty(), limiter.failedWithin("a"));
        limiter.failed("a");
        clock.advance(Duration.ofMinutes(2));

        assertEquals(Optional.of(Duration.ofMinutes(3)), limiter.failedWithin("a"), "one failure is enough");
        assertEquals(Optional.empty(), limiter.blockedFor("a"), "where blocking takes three");
        clock.advance(Duration.ofMinutes(3));
        assertEquals(Optional.empty(), limiter.failedWithin("a"), "the window closed");
    }

    @Test
    void aFailureAfterTheWindowStartsANewOne() {
        limiter.failed("a");
        limiter.failed("a");
        clock.advance(WINDOW);
        limiter.failed("a");
        limiter.failed("a");

        assertEquals(Optional.empty(), limiter.blockedFor("a"));
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.failed("a");
        }

        assertTrue(limiter.blockedFor("a").isPresent());
        assertEquals(Optional.empty(), limiter.blockedFor("b"));
    }

    @Test
    void aSuccessForgivesTheFailures() {
        limiter.failed("a");
        limiter.failed("a");
        limiter.succeeded("a");
        limiter.failed("a");
        limiter.failed("a");

        assertEquals(Optional.empty(), limiter.blockedFor("a"));
    }

    @Test
    void manyKeysDoNotOutliveTheirWindows() {
        for (int i = 0; i < 20_000; i++) {
            limiter.failed("key-" + i);
        }
        clock.advance(WINDOW);
        for (int i = 0; i < 3; i++) {
            limiter.failed("last");
        }

        assertTrue(limiter.blockedFor("last").isPresent());
        assertEquals(1, limiter.size(), "the closed windows were dropped");
    }
}
