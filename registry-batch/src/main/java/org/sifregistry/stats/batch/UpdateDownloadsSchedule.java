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

import org.sifregistry.common.batch.JobRuns;
import org.sifregistry.stats.application.DownloadCounter;

/**
 * Starts {@code update-downloads} every few seconds while events wait to be counted and no run is under way; outside
 * a transaction, which the job's own records must not join. The timer is persistent, so in a cluster it fires on
 * one node only: two nodes firing at the same instant would both find no run under way and start one each. The
 * runs under way are read from the job repository, so they include another node's (and a dead node's, until
 * InterruptedJobs restarts it). After the server was down, WildFly fires a missed timeout once, not once per period
 * missed.
 */
@Singleton
public class UpdateDownloadsSchedule {

    public static final String JOB = "update-downloads";

    @Inject
    private DownloadCounter counter;

    @Inject
    private JobRuns runs;

    @Schedule(hour = "*", minute = "*", second = "*/5")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyFewSeconds() {
        if (counter.hasUncounted() && !isRunning(BatchRuntime.getJobOperator())) {
            runs.start(JOB, new Properties());
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
