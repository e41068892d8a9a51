package org.sifregistry.share.batch;

import java.util.Properties;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Starts {@code purge-expired-shares} every night; outside a transaction, which the job's own records must not join. */
@Singleton
public class PurgeExpiredSharesSchedule {

    public static final String JOB = "purge-expired-shares";

    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}
