package org.sifregistry.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names for the data the black-box tests make over HTTP. Collections are global names and the test database outlives
 * a run, so every name is new; only [a-z0-9-] is used, the registry's naming rule.
 */
public final class Names {

    /** Two calls in the same nanosecond tick still differ. */
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Names() {
    }

    public static String unique(String prefix) {
        // nanoTime may be negative; a '-' after the prefix's would make "--"
        long time = System.nanoTime() & Long.MAX_VALUE;
        return prefix + "-" + Long.toString(time, 36) + Integer.toString(COUNTER.incrementAndGet(), 36);
    }

    /**
     * A token of the registry's form ({@code sifr_} and 43 characters) that was never issued, new on each call: the
     * server answers 429 to an address that sends the same wrong token again and again (SignInRateLimitIT), and the
     * classes of a run share the server.
     */
    public static String unknownToken() {
        String unique = unique("unknown").replace("-", "");
        return "sifr_" + (unique + "0".repeat(43)).substring(0, 43);
    }
}
