package org.sifregistry.quota.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.sifregistry.quota.domain.QuotaHolder;

/**
 * The usage of accounts as the library client prints it after each push, counted at most once a minute per account,
 * and by one request at a time. Counting reads every image and blob an account holds: for an account with 100,000
 * images that is a scan per push (40 % of the memory a load test's server allocated), for a figure that limits
 * nothing. At a million images the scan takes seconds, and every push that came meanwhile began
 * one of its own: 13 at once on average in a load test, which held the connections every other request waited for.
 * So while one request counts, the others take the account's last figure, and wait for the count only when there is
 * none yet. What is let in is always decided on a fresh count, by {@link QuotaService}, which records the figure it
 * leads to ({@link #record}). Each server keeps its own.
 */
@ApplicationScoped
public class RecentUsage {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final Map<QuotaHolder, Counted> counted = new ConcurrentHashMap<>();
    private final Map<QuotaHolder, CompletableFuture<Long>> counting = new ConcurrentHashMap<>();

    /**
     * The holder's usage counted within the minute before {@code now}; else {@code count}'s answer, or, while
     * another request counts it, the last figure.
     */
    public long of(QuotaHolder holder, Instant now, ToLongFunction<QuotaHolder> count) {
        Counted last = counted.get(holder);
        if (last != null && last.at().plus(KEPT).isAfter(now)) {
            return last.usage();
        }
        CompletableFuture<Long> mine = new CompletableFuture<>();
        CompletableFuture<Long> another = counting.putIfAbsent(holder, mine);
        if (another == null) {
            return countNow(holder, now, count, mine);
        }
        if (last != null) {
            return last.usage();
        }
        try {
            return another.join();
        } catch (CompletionException failed) {
            // The other request's transaction failed, not necessarily this one's
            return count.applyAsLong(holder);
        }
    }

    /** The holder's usage was {@code usage} at {@code at}, as counted by other means than this one. */
    public void record(QuotaHolder holder, long usage, Instant at) {
        counted.put(holder, new Counted(usage, at));
    }

    private long countNow(QuotaHolder holder, Instant now, ToLongFunction<QuotaHolder> count,
                          CompletableFuture<Long> mine) {
        try {
            long usage = count.applyAsLong(holder);
            counted.put(holder, new Counted(usage, now));
            mine.complete(usage);
            return usage;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            counting.remove(holder, mine);
        }
    }

    private record Counted(long usage, Instant at) {
    }
}
