package org.sifregistry.common.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Restarts, when the application starts, the job runs a shutdown stopped or a crash cut short: the job repository
 * is in the database, so each goes on from its last checkpoint.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedJobs {

    private static final Logger LOG = Logger.getLogger(InterruptedJobs.class.getName());

    /** How many of each job's latest runs are looked at; older interrupted ones stay for an admin to restart. */
    static final int RECENT_RUNS = 100;

    /** A run recorded as under way when the application starts was cut short by a crash. */
    private static final Set<BatchStatus> INTERRUPTED = Set.of(
            BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING, BatchStatus.STOPPED);

    @Inject
    private JobHistory history;

    @PostConstruct
    void restartInterrupted() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (String name : history.jobs()) {
            for (JobInstance instance : recentInstances(jobs, name)) {
                latest(jobs.getJobExecutions(instance))
                        .filter(execution -> INTERRUPTED.contains(execution.getBatchStatus()))
                        .ifPresent(this::restart);
            }
        }
    }

    private static List<JobInstance> recentInstances(JobOperator jobs, String name) {
        try {
            return jobs.getJobInstances(name, 0, RECENT_RUNS);
        } catch (BatchRuntimeException noRunsYet) {
            return List.of();
        }
    }

    private static Optional<JobExecution> latest(List<JobExecution> executions) {
        return executions.stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    private void restart(JobExecution interrupted) {
        try {
            long restarted = history.restart(interrupted.getExecutionId());
            LOG.info(() -> "Restarted " + interrupted.getJobName() + " execution " + interrupted.getExecutionId()
                    + ", left " + interrupted.getBatchStatus() + ", as execution " + restarted);
        } catch (BatchRuntimeException e) {
            LOG.log(Level.WARNING, "Cannot restart " + interrupted.getJobName() + " execution "
                    + interrupted.getExecutionId() + "; an admin can restart it from the job page", e);
        }
    }
}
