package org.sifregistry.site.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.batch.JobHistory;
import org.sifregistry.common.batch.JobRun;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.storage.batch.MigrateStorageJob;

/**
 * The admin page of job runs: each job's latest runs with their outcome and counts, restarting a failed one, and
 * starting {@code migrate-storage}, the one job an admin starts.
 */
@Named
@RequestScoped
public class JobsBacking {

    /** Runs shown per job. */
    static final int RECENT_RUNS = 20;

    @Inject
    private JobHistory history;

    @Inject
    private MigrateStorageJob migrateStorage;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    /** A job and its latest runs, for one table of the page. */
    public record JobSection(String name, List<JobRun> runs) {
    }

    public List<JobSection> getJobs() {
        return history.jobs().stream()
                .map(name -> new JobSection(name, history.recent(name, RECENT_RUNS, caller)))
                .toList();
    }

    /** Whether the section is the job an admin starts here. */
    public boolean isStartable(String job) {
        return MigrateStorageJob.NAME.equals(job);
    }

    public void startMigration() {
        messages.attempt(() -> migrateStorage.start(caller))
                .ifPresent(started -> messages.info("jobs.started", MigrateStorageJob.NAME, started));
    }

    public void restart(long executionId) {
        messages.attempt(() -> history.restart(executionId, caller))
                .ifPresent(restarted -> messages.info("jobs.restarted", executionId, restarted));
    }
}
