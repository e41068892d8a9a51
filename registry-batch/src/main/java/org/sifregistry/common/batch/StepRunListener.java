package org.sifregistry.common.batch;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records the counts of every step in the log, and why a step failed in its exit status and the job's, where the
 * admin page shows it.
 */
@Named
@Dependent
public class StepRunListener extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(StepRunListener.class.getName());
    /** The job repository's exit status column holds this much. */
    private static final int EXIT_STATUS_MAX_LENGTH = 512;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null || step.getBatchStatus() == BatchStatus.FAILED) {
            String reason = "FAILED: " + (failure == null ? "see the server log" : describe(failure));
            String exitStatus = reason.length() > EXIT_STATUS_MAX_LENGTH
                    ? reason.substring(0, EXIT_STATUS_MAX_LENGTH) : reason;
            step.setExitStatus(exitStatus);
            job.setExitStatus(exitStatus);
            LOG.log(Level.WARNING, job.getJobName() + " execution " + job.getExecutionId() + " step "
                    + step.getStepName() + " failed", failure);
        } else {
            LOG.info(() -> job.getJobName() + " execution " + job.getExecutionId() + " step " + step.getStepName()
                    + ": " + step.getExitStatus() + " " + Arrays.stream(step.getMetrics())
                    .map(m -> m.getType() + "=" + m.getValue()).collect(Collectors.joining(" ")));
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
