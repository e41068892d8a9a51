package org.sifregistry.storage.batch;

import java.util.Properties;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Starts {@code collect-garbage} every night, outside a transaction, which the job's own records must not join. */
@Singleton
public class CollectGarbageSchedule {

    public static final String JOB = "collect-garbage";

    @Schedule(hour = "4", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}
