package org.sifregistry.storage.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Logs each corrupt image {@code migrate-storage} skips, and sums the run up in its exit status, which the jobs page
 * shows: {@code COPIED n ALREADY_THERE n CORRUPT n}, then the corrupt images' digests as far as the column allows
 * (the log has them all). The counts are this run's: a restarted run counts from its checkpoint.
 */
@Named
@Dependent
public class MigrationReport implements StepListener, SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(MigrationReport.class.getName());
    /** The job repository's exit status column holds this much. */
    static final int EXIT_STATUS_MAX_LENGTH = 512;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    /**
     * The corrupt images' digests, kept in the step's transient user data: the runtime makes one instance of this
     * listener per listener interface, so the one that hears the skips is not the one that ends the step.
     */
    @Override
    public void beforeStep() {
        step.setTransientUserData(new ArrayList<String>());
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        if (e instanceof CorruptImageException bad) {
            corrupt().add(bad.named().hex());
        }
        LOG.warning(() -> job.getJobName() + " execution " + job.getExecutionId() + " did not copy " + item + ": "
                + e.getMessage());
    }

    @Override
    public void afterStep() {
        if (step.getException() != null || step.getBatchStatus() == BatchStatus.FAILED) {
            return;
        }
        String summary = summary(metric(Metric.MetricType.WRITE_COUNT), metric(Metric.MetricType.FILTER_COUNT),
                corrupt());
        step.setExitStatus(summary);
        job.setExitStatus(summary);
    }

    /** The exit status: the counts, then as many corrupt digests as fit. */
    static String summary(long copied, long alreadyThere, List<String> corrupt) {
        StringBuilder summary = new StringBuilder("COPIED " + copied + " ALREADY_THERE " + alreadyThere + " CORRUPT "
                + corrupt.size());
        String separator = ": ";
        for (String hex : corrupt) {
            if (summary.length() + separator.length() + hex.length() + 2 > EXIT_STATUS_MAX_LENGTH) {
                summary.append(" …");
                break;
            }
            summary.append(separator).append(hex);
            separator = " ";
        }
        return summary.toString();
    }

    @SuppressWarnings("unchecked")
    private List<String> corrupt() {
        if (!(step.getTransientUserData() instanceof List<?>)) {
            step.setTransientUserData(new ArrayList<String>());
        }
        return (List<String>) step.getTransientUserData();
    }

    private long metric(Metric.MetricType type) {
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }
}
