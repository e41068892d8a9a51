package org.sifregistry.share.batch;

import java.util.Properties;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sifregistry.common.batch.JobRuns;

/**
 * Starts {@code purge-expired-shares} every night; outside a transaction, which the job's own records must not join.
 * The timer is persistent: once a night per cluster, and a night missed while the server was down is made up once
 * when it starts.
 */
@Singleton
public class PurgeExpiredSharesSchedule {

    public static final String JOB = "purge-expired-shares";

    @Inject
    private JobRuns runs;

    @Schedule(hour = "3", minute = "17")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        runs.start(JOB, new Properties());
    }
}
