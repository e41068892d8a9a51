package org.sifregistry.quota.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.sifregistry.quota.domain.QuotaHolder;

/**
 * The usage of accounts without a quota, as the library client prints it after each push, counted at most once a
 * minute per account. Counting reads every image and blob an account holds: for an account with 100,000 images that
 * is a scan per push (40 % of the memory a load test's server allocated), for a figure that limits nothing. Accounts
 * with a quota are always counted afresh, by {@link QuotaService}, since their figure decides what is let in. Each
 * server keeps its own.
 */
@ApplicationScoped
public class RecentUsage {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final Map<QuotaHolder, Counted> counted = new ConcurrentHashMap<>();

    /** The holder's usage counted within the minute before {@code now}, or else {@code count}'s answer. */
    public long of(QuotaHolder holder, Instant now, ToLongFunction<QuotaHolder> count) {
        Counted recent = counted.get(holder);
        if (recent != null && recent.at().plus(KEPT).isAfter(now)) {
            return recent.usage();
        }
        long usage = count.applyAsLong(holder);
        counted.put(holder, new Counted(usage, now));
        return usage;
    }

    private record Counted(long usage, Instant at) {
    }
}
