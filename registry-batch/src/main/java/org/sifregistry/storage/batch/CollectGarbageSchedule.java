package org.sifregistry.storage.batch;

import java.util.Properties;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sifregistry.common.batch.JobRuns;

/**
 * Starts {@code collect-garbage} every night, outside a transaction, which the job's own records must not join. The
 * timer is persistent: once a night per cluster, and a night missed while the server was down is made up once when
 * it starts.
 */
@Singleton
public class CollectGarbageSchedule {

    public static final String JOB = "collect-garbage";

    @Inject
    private JobRuns runs;

    @Schedule(hour = "4", minute = "7")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        runs.start(JOB, new Properties());
    }
}
