package org.sifregistry.retention.batch;

import java.util.Properties;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sifregistry.common.batch.JobRuns;

/**
 * Starts {@code apply-retention} every night, before garbage collection takes the files of what it deleted; outside a
 * transaction, which the job's own records must not join. The timer is persistent: once a night per cluster.
 */
@Singleton
public class ApplyRetentionSchedule {

    public static final String JOB = "apply-retention";

    @Inject
    private JobRuns runs;

    @Schedule(hour = "2", minute = "47")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        runs.start(JOB, new Properties());
    }
}
