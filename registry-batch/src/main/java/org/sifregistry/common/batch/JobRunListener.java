package org.sifregistry.common.batch;

import java.util.logging.Logger;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Logs the start and the end of every job run; the counts are in its steps' metrics and exit statuses. */
@Named
@Dependent
public class JobRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(JobRunListener.class.getName());

    @Inject
    private JobContext job;

    @Override
    public void beforeJob() {
        // The run's parameters: the job context's own properties are the JSL's, which set none
        LOG.info(() -> job.getJobName() + " execution " + job.getExecutionId() + " started with "
                + BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
    }

    @Override
    public void afterJob() {
        LOG.info(() -> job.getJobName() + " execution " + job.getExecutionId() + " ended " + job.getBatchStatus()
                + " (" + job.getExitStatus() + ")");
    }
}
