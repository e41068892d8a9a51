package org.sifregistry.share.batch;

import java.util.Properties;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/** Starts {@code purge-expired-shares} every night. */
@Singleton
public class PurgeExpiredSharesSchedule {

    public static final String JOB = "purge-expired-shares";

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void nightly() {
        BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}
