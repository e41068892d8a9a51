package org.sifregistry.storage.batch;

import java.util.List;
import java.util.Properties;

import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.batch.JobRuns;
import org.sifregistry.site.application.RegistryConfig;

/**
 * Starts {@code migrate-storage} for an admin: it copies every image from REGISTRY_STORAGE_DIR to the bucket of the
 * REGISTRY_S3_* settings (README, Moving images to the object store). Refused without a bucket, and while a run is
 * under way (a second would only copy the same images again); a failed or stopped run is restarted
 * from the jobs page like any other.
 */
@ApplicationScoped
public class MigrateStorageJob {

    public static final String NAME = "migrate-storage";

    @Inject
    private JobRuns runs;

    @Inject
    private RegistryConfig config;

    /** Returns the new run's execution id. */
    public long start(Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.JOBS_ADMIN_ONLY);
        }
        if (!config.hasS3Location()) {
            throw new ConflictException(ErrorKey.JOBS_NO_OBJECT_STORE);
        }
        List<Long> running = running();
        if (!running.isEmpty()) {
            throw new ConflictException(ErrorKey.JOBS_ALREADY_RUNNING, NAME, running.get(0));
        }
        return runs.start(NAME, new Properties());
    }

    private static List<Long> running() {
        try {
            return BatchRuntime.getJobOperator().getRunningExecutions(NAME);
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
    }
}
