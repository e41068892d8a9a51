package org.sifregistry.common.health;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while JBeret reads its job repository (in the registry's database, batch.cli): without it no image is
 * parsed, no download counted and no garbage collected. Its data: the runs of each job now under way, the same read
 * the schedules make before they start one.
 */
@Readiness
@ApplicationScoped
public class JobRepositoryCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("job-repository");
        try {
            JobOperator jobs = BatchRuntime.getJobOperator();
            // The jobs of the registry's batch module, whose JSL the batch runtime has read
            for (String job : jobs.getJobNames()) {
                response.withData(job + "-running", running(jobs, job));
            }
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", e.toString()).build();
        }
    }

    private static long running(JobOperator jobs, String job) {
        try {
            return jobs.getRunningExecutions(job).size();
        } catch (NoSuchJobException neverRun) {
            return 0;
        }
    }
}
