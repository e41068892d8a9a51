package org.sifregistry.common;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows after every committed write to the registry's database, so that an answer computed from the
 * database (a lookup, a verified API token) can be kept for as long as the number it was computed under is still
 * current. It lives in this JVM and counts this server's writes ({@link DataVersionListener}) and, in a cluster, the
 * other nodes' writes as they announce them ({@link DataChangeAnnouncer}, {@link DataChangedConsumer}): what is kept
 * under it also has a short lifetime, which bounds how long a write takes to show where no announcement arrives.
 */
public final class DataVersion {

    private static final AtomicLong VERSION = new AtomicLong();
    private static final AtomicLong WRITES_HERE = new AtomicLong();

    private DataVersion() {
    }

    /** Read before reading the data that an answer is made of: a write committed meanwhile makes it stale. */
    public static long current() {
        return VERSION.get();
    }

    /** This server committed a write. */
    static void advance() {
        WRITES_HERE.incrementAndGet();
        VERSION.incrementAndGet();
    }

    /** Another node of the cluster committed a write. */
    static void advanceForWriteElsewhere() {
        VERSION.incrementAndGet();
    }

    /** How many times this server advanced the version for its own writes: what the other nodes need to hear of. */
    static long writesHere() {
        return WRITES_HERE.get();
    }
}
