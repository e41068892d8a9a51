package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.batch.JobHistory;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.SignatureSummary;
import org.sifregistry.container.batch.ParseImageJob;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ParseStatus;
import org.sifregistry.container.domain.SignatureCheck;
import org.sifregistry.container.domain.SignatureTrust;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.RowLocks;
import org.sifregistry.testing.Tools;

/**
 * The {@code parse-image} job on real images, in the deployed application: a push sends the image-pushed message,
 * its consumer starts the job, and the container shows what was read from the image's header.
 */
@ExtendWith(ArquillianExtension.class)
class ParseImageIT {

    private static final Duration PARSED_WITHIN = Duration.ofSeconds(30);
    /** Rows the test's transaction inserts and never commits, so that MariaDB picks the reading to roll back. */
    private static final int HEAVIER_BY = 20;
    /** A reading's statements on the topic's row, which wait on the test's lock: the count, or the link to it. */
    private static final String ON_TOPIC_ROW = "%topic_tags%";
    /** How many of the latest parse-image runs are searched for a container's. */
    private static final int RECENT_READINGS = 50;
    private static final Caller ADMIN = Caller.admin("root");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("parse-image-it", ParseImageIT.class, RowLocks.class)
                .addAsResource(Tools.sif(64 * 1024, "parse-it").toFile(), "images/labelled.sif")
                .addAsResource(Tools.sif(64 * 1024, "parse-it").toFile(), "images/labelled-again.sif")
                .addAsResource(Tools.moduleDir().resolve("../registry-batch/src/test/resources/sif/one-group-signed.sif")
                        .toFile(), "images/signed.sif"));
    }

    @EJB
    private ContainerService containers;

    @Inject
    private Fixtures fixtures;

    @Inject
    private ParseImageJob parseImage;

    @Inject
    private JobHistory history;

    @Resource(lookup = "java:jboss/datasources/RegistryDS")
    private DataSource registryDatabase;

    @Test
    void recordsTheLabelsDefinitionFileOperatingSystemAndArchitectureOfAPushedImage() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container pushed = fixtures.container(collection, "labelled:v1", owner, image("labelled.sif"));

        ContainerDetails parsed = awaitReading(pushed, owner);

        assertEquals(ParseStatus.PARSED, parsed.parseStatus());
        assertEquals("research-it", parsed.labels().get("org.example.maintainer"), "from the %labels section");
        assertEquals("parse-it", parsed.labels().get("org.example.note"), "from the JSON labels object");
        assertEquals("1.0", parsed.labels().get("org.label-schema.schema-version"));
        assertEquals(List.of("alpine"), parsed.topics(), "the operating system of From: alpine:3.19");
        assertTrue(parsed.definitionFile().contains("From: alpine:3.19"), parsed.definitionFile());
        assertTrue(parsed.runscript().contains("Hello from the SIF registry test image"), parsed.runscript());
        assertEquals("amd64", parsed.architecture());
        assertEquals(List.of(), parsed.signatures());
    }

    @Test
    void recordsWhoSignedAnImageAndWhetherTheSignedDigestsStillMatch() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container pushed = fixtures.container(collection, "signed:v1", owner, image("signed.sif"));

        ContainerDetails parsed = awaitReading(pushed, owner);

        assertEquals(ParseStatus.PARSED, parsed.parseStatus());
        assertEquals(1, parsed.signatures().size());
        SignatureSummary signature = parsed.signatures().get(0);
        assertEquals("12045C8C0B1004D058DE4BEDA20C27EE7FF7BA84", signature.signer());
        assertEquals("1,2", signature.signedObjects());
        assertEquals(SignatureCheck.VERIFIED, signature.check());
        assertEquals(SignatureTrust.UNKNOWN_KEY, signature.trust(), "its key is not in the keystore");
        assertEquals("386", parsed.architecture());
    }

    @Test
    void marksAMalformedImageWithItsReasonAndStillReadsTheOthers() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        // The SIF magic is intact, so the upload's quick check lets it in; the descriptor table is cut off
        byte[] truncated = Arrays.copyOf(image("labelled.sif"), 2000);
        Container broken = fixtures.container(collection, "broken:v1", owner, truncated);
        Container good = fixtures.container(collection, "good:v1", owner, image("labelled.sif"));

        ContainerDetails malformed = awaitReading(broken, owner);
        ContainerDetails parsed = awaitReading(good, owner);

        assertEquals(ParseStatus.MALFORMED, malformed.parseStatus());
        assertTrue(malformed.parseError() != null && !malformed.parseError().isBlank(), "a reason for the owner");
        assertEquals(ParseStatus.PARSED, parsed.parseStatus());
        assertNull(containers.details(broken.ref(), Fixtures.user()).parseError(), "the reason is the owner's");
    }

    @Test
    void readingAnImageAgainChangesNothing() throws InterruptedException {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container pushed = fixtures.container(collection, "again:v1", owner, image("labelled.sif"));
        ContainerDetails first = awaitReading(pushed, owner);

        long execution = parseImage.start(pushed.id(), pushed.version());

        assertEquals(BatchStatus.COMPLETED, Eventually.jobEnd(execution, PARSED_WITHIN));
        ContainerDetails second = containers.details(pushed.ref(), owner);
        assertEquals(first.labels(), second.labels());
        assertEquals(first.topics(), second.topics());
        assertEquals(first.updated(), second.updated());
    }

    /**
     * The job's retry reads the image again: a deadlock rolls the reading back. The test's transaction holds the
     * row of the image's topic, which the reading counts, then asks for the container's row, which the reading
     * holds; MariaDB rolls back the lighter of the two. MariaDB only, here and below: its process list shows the
     * reading wait.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "REGISTRY_DB_DRIVER", matches = "mariadb")
    void readsAgainWhenTheDatabaseRollsTheReadingBack() throws SQLException {
        Caller owner = Fixtures.user();
        CollectionName collection = withTopicCounted(owner);
        try (Connection database = registryDatabase.getConnection()) {
            holdTopic(database);
            for (int row = 0; row < HEAVIER_BY; row++) {
                RowLocks.holdLabel(database, collection + " " + row);
            }
            Container deadlocked = fixtures.container(collection, "deadlocked:v1", owner, image("labelled.sif"));
            RowLocks.awaitWaiting(database, Map.of(ON_TOPIC_ROW, 1));

            RowLocks.lock(database, "SELECT id FROM containers WHERE id = ? FOR UPDATE",
                    Long.toString(deadlocked.id()));
            database.rollback();

            assertEquals(ParseStatus.PARSED, awaitReading(deadlocked, owner).parseStatus());
        }
    }

    /**
     * Two readings of images with one topic, at once, wait for each other on the topic's row and neither is rolled
     * back: each counts the topic before it links its container to it. Linking first, each took a shared lock on the
     * row, and both then asked for the exclusive one to count. The test's transaction holds the row until both wait.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "REGISTRY_DB_DRIVER", matches = "mariadb")
    void readingsOfOneTopicAtOnceTakeItsRowInTurn() throws SQLException {
        Caller owner = Fixtures.user();
        CollectionName collection = withTopicCounted(owner);
        List<Container> pushed;
        try (Connection database = registryDatabase.getConnection()) {
            holdTopic(database);
            pushed = List.of(fixtures.container(collection, "one:v1", owner, image("labelled.sif")),
                    fixtures.container(collection, "two:v1", owner, image("labelled.sif")));
            RowLocks.awaitWaiting(database, Map.of(ON_TOPIC_ROW, 2));
            database.rollback();
        }

        for (Container container : pushed) {
            assertEquals(ParseStatus.PARSED, awaitReading(container, owner).parseStatus());
            assertEquals(0, rollbacksOfReading(container), container.ref() + ": read without a rollback");
        }
    }

    /**
     * A reading holds its topic's row for its counts only: the rows of its labels' counts per image, which a new
     * image needs and which are made each in a transaction of their own, are there before it asks for the topic's.
     * Made after it, they held every reading of the same topic waiting for their commits.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "REGISTRY_DB_DRIVER", matches = "mariadb")
    void aReadingMakesTheRowsItCountsInBeforeItWaitsForItsTopic() throws SQLException {
        Caller owner = Fixtures.user();
        CollectionName collection = withTopicCounted(owner);
        Container pushed;
        String madeWhileWaiting;
        try (Connection database = registryDatabase.getConnection();
             Connection observer = registryDatabase.getConnection()) {
            holdTopic(database);
            pushed = fixtures.container(collection, "again:v1", owner, image("labelled-again.sif"));
            RowLocks.awaitWaiting(database, Map.of(ON_TOPIC_ROW, 1));
            madeWhileWaiting = labelImageRows(observer, pushed);
            database.rollback();
        }

        assertEquals(ParseStatus.PARSED, awaitReading(pushed, owner).parseStatus());
        try (Connection observer = registryDatabase.getConnection()) {
            String made = labelImageRows(observer, pushed);
            assertNotEquals("0", made, "the image's labels are counted per image");
            assertEquals(made, madeWhileWaiting, "made before the reading waited for the topic's row");
        }
    }

    private static String labelImageRows(Connection database, Container container) throws SQLException {
        return RowLocks.only(database, "SELECT COUNT(*) FROM label_images WHERE version = ?", container.version());
    }

    /** A public collection whose first image is read: the row of its topic, alpine, exists and counts it. */
    private CollectionName withTopicCounted(Caller owner) {
        CollectionName collection = fixtures.collection(owner, false);
        awaitReading(fixtures.container(collection, "counted:v1", owner, image("labelled.sif")), owner);
        return collection;
    }

    /** Locks the topic's row in a transaction of the test's own, left open. */
    private static void holdTopic(Connection database) throws SQLException {
        database.setAutoCommit(false);
        RowLocks.lock(database, "SELECT id FROM topic_tags WHERE id = ? FOR UPDATE",
                RowLocks.only(database, "SELECT id FROM topic_tags WHERE name = 'alpine'"));
    }

    /** How often the reading of the container's image was rolled back, as the jobs page shows once its run ended. */
    private long rollbacksOfReading(Container container) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution = jobs.getJobInstances(ParseImageJob.NAME, 0, RECENT_READINGS).stream()
                .flatMap(instance -> jobs.getJobExecutions(instance).stream())
                .filter(run -> Long.toString(container.id())
                        .equals(run.getJobParameters().getProperty(ParseImageJob.CONTAINER_ID)))
                .mapToLong(JobExecution::getExecutionId)
                .max()
                .orElseThrow();
        Eventually.jobEnd(execution, PARSED_WITHIN);
        return history.recent(ParseImageJob.NAME, RECENT_READINGS, ADMIN).stream()
                .filter(run -> run.executionId() == execution)
                .findFirst()
                .orElseThrow()
                .rolledBack();
    }

    private ContainerDetails awaitReading(Container container, Caller owner) {
        ContainerRef ref = container.ref();
        return Eventually.await(PARSED_WITHIN, () -> containers.details(ref, owner),
                details -> details.parseStatus() != ParseStatus.PENDING, ref + " to be read");
    }

    private static byte[] image(String name) {
        try (InputStream in = ParseImageIT.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
