package org.sifregistry.common.batch;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.container.batch.ParseImageJob;
import org.sifregistry.retention.batch.ApplyRetentionSchedule;
import org.sifregistry.share.batch.PurgeExpiredSharesSchedule;
import org.sifregistry.stats.batch.UpdateDownloadsSchedule;
import org.sifregistry.storage.batch.CollectGarbageSchedule;
import org.sifregistry.storage.batch.MigrateStorageJob;

/** The recent runs of every job, from the job repository in the database, and restarting one for an admin. */
@ApplicationScoped
public class JobHistory {

    /** Every job of the registry, listed also before its first run. */
    public static final List<String> JOBS = List.of(ParseImageJob.NAME, UpdateDownloadsSchedule.JOB,
            CollectGarbageSchedule.JOB, PurgeExpiredSharesSchedule.JOB, ApplyRetentionSchedule.JOB,
            MigrateStorageJob.NAME);

    @Inject
    private JobRuns runs;

    public List<String> jobs() {
        TreeSet<String> names = new TreeSet<>(JOBS);
        names.addAll(BatchRuntime.getJobOperator().getJobNames());
        return List.copyOf(names);
    }

    /** The latest runs of a job, newest first; for admins. */
    public List<JobRun> recent(String job, int limit, Caller caller) {
        requireAdmin(caller);
        JobOperator jobs = BatchRuntime.getJobOperator();
        try {
            return jobs.getJobInstances(job, 0, limit).stream()
                    .flatMap(instance -> jobs.getJobExecutions(instance).stream())
                    .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                    .limit(limit)
                    .map(execution -> run(jobs, execution))
                    .toList();
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
    }

    /**
     * Restarts a failed or stopped run for an admin; returns the new run's id. A run recorded as under way is refused:
     * in a cluster it may be running on another node.
     */
    public long restart(long executionId, Caller caller) {
        requireAdmin(caller);
        return runs.restart(executionId, JobRuns.IfUnderWay.REFUSE);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.JOBS_ADMIN_ONLY);
        }
    }

    private static JobRun run(JobOperator jobs, JobExecution execution) {
        List<StepExecution> steps = jobs.getStepExecutions(execution.getExecutionId());
        Map<Metric.MetricType, Long> totals = steps.stream()
                .map(StepExecution::getMetrics)
                .flatMap(Arrays::stream)
                .collect(Collectors.groupingBy(Metric::getType, Collectors.summingLong(Metric::getValue)));
        return new JobRun(execution.getJobName(), execution.getExecutionId(), execution.getBatchStatus(),
                execution.getExitStatus(), JobRuns.node(execution).orElse(null), instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                totals.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                        + totals.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                        + totals.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L), toRead(steps));
    }

    /**
     * How many items the run's steps set out to read, where each told it: a reader that knows (migrate-storage's)
     * keeps the number as its step's persistent user data, a {@code Long}, so that the page shows how far it got.
     */
    private static Long toRead(List<StepExecution> steps) {
        Long total = null;
        for (StepExecution step : steps) {
            if (step.getPersistentUserData() instanceof Long items) {
                total = (total == null ? 0 : total) + items;
            }
        }
        return total;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
