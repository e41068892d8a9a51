package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.domain.Container;
import org.sifregistry.storage.batch.CollectGarbageSchedule;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Fixtures;

/** The {@code collect-garbage} job removes what nothing uses, and only that. */
@ExtendWith(ArquillianExtension.class)
class CollectGarbageIT {

    private static final Duration JOB_ENDS_WITHIN = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("collect-garbage-it", CollectGarbageIT.class));
    }

    @Inject
    private ImageStore store;

    @Inject
    private Fixtures fixtures;

    @Test
    void removesUnusedFilesAndAbandonedUploadsAndKeepsWhatContainersUse() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container used = fixtures.container(collection, "kept:v1", owner);
        StoredImage unused = fixtures.image(Fixtures.unique("nobody's image"));
        StagedImage abandoned = store.stage(new ByteArrayInputStream(
                Fixtures.unique("an upload never completed").getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);

        Properties noGrace = new Properties();
        noGrace.setProperty("grace", "PT0S");
        noGrace.setProperty("uploadAge", "PT0S");
        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution = jobs.start(CollectGarbageSchedule.JOB, noGrace);
        BatchStatus status = Eventually.jobEnd(execution, JOB_ENDS_WITHIN);

        assertEquals(BatchStatus.COMPLETED, status, jobs.getJobExecution(execution).getExitStatus());
        assertTrue(store.find(used.digest()).isPresent(), "a container's image stays");
        assertFalse(store.find(unused.digest()).isPresent(), "an image nothing uses goes");
        assertFalse(Files.exists(abandoned.file()), "an abandoned upload goes");
    }

    @Test
    void keepsUnusedFilesWithinTheGracePeriod() throws Exception {
        StoredImage recent = fixtures.image(Fixtures.unique("pushed a moment ago"));

        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution = jobs.start(CollectGarbageSchedule.JOB, new Properties());

        assertEquals(BatchStatus.COMPLETED, Eventually.jobEnd(execution, JOB_ENDS_WITHIN));
        assertTrue(store.find(recent.digest()).isPresent(), "within the default day of grace");
    }
}
