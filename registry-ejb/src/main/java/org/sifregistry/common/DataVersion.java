package org.sifregistry.common;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows after every committed write to the registry's database, so that an answer computed from the
 * database (a lookup, a verified API token) can be kept for as long as the number it was computed under is still
 * current. It lives in this JVM and counts this server's writes ({@link DataVersionListener}): what is kept under it
 * also has a short lifetime, which bounds how long another server's writes take to show.
 */
public final class DataVersion {

    private static final AtomicLong VERSION = new AtomicLong();

    private DataVersion() {
    }

    /** Read before reading the data that an answer is made of: a write committed meanwhile makes it stale. */
    public static long current() {
        return VERSION.get();
    }

    static void advance() {
        VERSION.incrementAndGet();
    }
}
