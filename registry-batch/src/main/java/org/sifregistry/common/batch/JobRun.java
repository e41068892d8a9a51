package org.sifregistry.common.batch;

import java.time.Instant;

import jakarta.batch.runtime.BatchStatus;

/**
 * One run of a job, as the admin page lists it: its outcome, the node that ran it (null if it was started from
 * jboss-cli), its counts summed over its steps, and its times.
 *
 * @param filtered items read and left alone (for migrate-storage: images the bucket had already)
 * @param toRead   how many items the run set out to read, null where its steps do not tell
 */
public record JobRun(String job, long executionId, BatchStatus status, String exitStatus, String node, Instant started,
                     Instant ended, long read, long written, long skipped, long rolledBack, long filtered,
                     Long toRead) {

    /** Only a failed or stopped run, and only the latest of its instance, may be restarted; the runtime says which. */
    public boolean isRestartable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }
}
