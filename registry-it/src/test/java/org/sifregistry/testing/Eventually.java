package org.sifregistry.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;

/** Waits for what the asynchronous side (messages, batch jobs) brings about, without a fixed sleep. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(50);

    private Eventually() {
    }

    /** Polls {@code value} until {@code done} holds for it, and returns it; fails after {@code timeout}. */
    public static <T> T await(Duration timeout, Supplier<T> value, Predicate<T> done,
                              String what) {
        return await(timeout, POLL, value, done, what);
    }

    /** Like {@link #await(Duration, Supplier, Predicate, String)}, polling every {@code poll}: for costly values. */
    public static <T> T await(Duration timeout, Duration poll, Supplier<T> value, Predicate<T> done, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T last = value.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Not within " + timeout + ": " + what + "; last seen " + last);
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting for " + what);
            }
            last = value.get();
        }
        return last;
    }

    /** Waits for a batch job run to end, and returns how it ended. */
    public static BatchStatus jobEnd(long execution, Duration timeout) {
        return await(timeout, () -> BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus(),
                status -> status == BatchStatus.COMPLETED || status == BatchStatus.FAILED
                        || status == BatchStatus.STOPPED || status == BatchStatus.ABANDONED,
                "job execution " + execution + " to end");
    }
}
