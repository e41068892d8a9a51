package org.sifregistry.user.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts failed sign-ins per key (a client, or a client and a user name) in a fixed window that opens with the
 * first failure: after {@code maxFailures} the key is refused until the window closes. In memory, per server: a
 * restart forgives everyone, which is acceptable for a brake on guessing.
 */
public final class SignInLimiter {

    /** Beyond this many keys, closed windows are dropped, so that made-up user names cannot fill the memory. */
    private static final int PURGE_ABOVE = 10_000;

    private record Window(Instant opened, int failures) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public SignInLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long {@code key} must still wait, if it has used up its failures. */
    public Optional<Duration> blockedFor(String key) {
        Window current = windows.get(key);
        Instant now = clock.instant();
        if (current == null || current.failures() < maxFailures || isClosed(current, now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.opened().plus(window)));
    }

    /** How long until the window of {@code key} closes, if it has failed in the one still open. */
    public Optional<Duration> failedWithin(String key) {
        Window current = windows.get(key);
        Instant now = clock.instant();
        if (current == null || isClosed(current, now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.opened().plus(window)));
    }

    /** @return whether this failure used up the key's allowance: the first of its window to block it */
    public boolean failed(String key) {
        Instant now = clock.instant();
        Window counted = windows.merge(key, new Window(now, 1), (current, first) ->
                isClosed(current, now) ? first : new Window(current.opened(), current.failures() + 1));
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(w -> isClosed(w, now));
        }
        return counted.failures() == maxFailures;
    }

    /** A correct password forgives the earlier typos of that user. */
    public void succeeded(String key) {
        windows.remove(key);
    }

    /** How many keys are held, open windows or not yet purged. */
    int size() {
        return windows.size();
    }

    private boolean isClosed(Window w, Instant now) {
        return !now.isBefore(w.opened().plus(window));
    }
}
