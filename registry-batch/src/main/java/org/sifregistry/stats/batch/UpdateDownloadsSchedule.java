package org.sifregistry.stats.batch;

import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sifregistry.stats.application.DownloadCounter;

/** Starts {@code update-downloads} every few seconds while events wait to be counted and no run is under way; outside a
 * transaction, which the job's own records must not join. */
@Singleton
public class UpdateDownloadsSchedule {

    public static final String JOB = "update-downloads";

    @Inject
    private DownloadCounter counter;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyFewSeconds() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        if (counter.hasUncounted() && !isRunning(jobs)) {
            jobs.start(JOB, new Properties());
        }
    }

    private static boolean isRunning(JobOperator jobs) {
        try {
            return !jobs.getRunningExecutions(JOB).isEmpty();
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }
}
