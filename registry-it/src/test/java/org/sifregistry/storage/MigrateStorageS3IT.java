package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.batch.JobHistory;
import org.sifregistry.common.batch.JobRun;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.batch.MigrateStorageJob;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Fixtures;

/**
 * {@code migrate-storage} on the s3 execution's server (REGISTRY_STORAGE=s3 on S3Proxy): image files put straight
 * into its storage directory, as an installation that stored in the directory has them, are copied to the bucket
 * once each and verified; one whose content is not its name is listed and not copied; a second run copies nothing.
 * A run stopped after a chunk and restarted goes on after its checkpoint (the last digest read), reading no image
 * twice.
 */
@ExtendWith(ArquillianExtension.class)
class MigrateStorageS3IT {

    private static final Duration JOB_ENDS_WITHIN = Duration.ofSeconds(120);
    /** Large enough that copying the images after the first takes far longer than seeing its chunk committed. */
    private static final int LARGE_IMAGE_BYTES = 32 << 20;
    private static final Caller ADMIN = Caller.admin("root");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("migrate-storage-it", MigrateStorageS3IT.class));
    }

    @Inject
    private MigrateStorageJob migrateStorage;

    @Inject
    private JobHistory history;

    @Inject
    private RegistryConfig config;

    @Inject
    @ImageBucket
    private S3ImageStore bucket;

    private final List<Path> written = new ArrayList<>();
    private final List<ImageDigest> copied = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestMade() throws IOException {
        for (Path file : written) {
            Files.deleteIfExists(file);
        }
        for (ImageDigest digest : copied) {
            bucket.delete(digest);
        }
    }

    @Test
    void copiesEveryImageOnceVerifiedAndListsTheCorruptOne() throws Exception {
        List<byte[]> contents = List.of(content("first", 100), content("second", 300_000), content("third", 3 << 20));
        List<ImageDigest> good = new ArrayList<>();
        for (byte[] content : contents) {
            good.add(imageFile(sha256(content), content));
        }
        ImageDigest corrupt = imageFile(sha256(content("what the name promises", 10)),
                content("what the file holds", 10));

        long first = migrateStorage.start(ADMIN);
        assertEquals(BatchStatus.COMPLETED, Eventually.jobEnd(first, JOB_ENDS_WITHIN), exitStatus(first));

        for (int i = 0; i < good.size(); i++) {
            assertArrayEquals(contents.get(i), read(good.get(i)), "the bucket has " + good.get(i));
        }
        assertEquals(Optional.empty(), bucket.find(corrupt), "the corrupt image is not copied");
        assertTrue(exitStatus(first).contains(corrupt.hex()), "and is listed: " + exitStatus(first));
        Map<Metric.MetricType, Long> firstCounts = counts(first);
        assertTrue(firstCounts.get(Metric.MetricType.WRITE_COUNT) >= good.size(), firstCounts.toString());
        assertTrue(firstCounts.get(Metric.MetricType.PROCESS_SKIP_COUNT) >= 1, firstCounts.toString());
        JobRun shown = history.recent(MigrateStorageJob.NAME, 20, ADMIN).stream()
                .filter(run -> run.executionId() == first).findFirst().orElseThrow();
        assertEquals(shown.read(), shown.toRead(), "the jobs page shows all of them read");

        long second = migrateStorage.start(ADMIN);
        assertEquals(BatchStatus.COMPLETED, Eventually.jobEnd(second, JOB_ENDS_WITHIN), exitStatus(second));

        Map<Metric.MetricType, Long> secondCounts = counts(second);
        assertEquals(0L, secondCounts.get(Metric.MetricType.WRITE_COUNT), "a second run copies nothing");
        assertTrue(secondCounts.get(Metric.MetricType.FILTER_COUNT) >= good.size(), secondCounts.toString());
        assertTrue(exitStatus(second).startsWith("COPIED 0 "), exitStatus(second));
        assertTrue(exitStatus(second).contains(corrupt.hex()), "the corrupt image is still listed");
    }

    @Test
    void aStoppedRunRestartsAfterItsCheckpoint() throws Exception {
        List<ImageDigest> images = new ArrayList<>();
        images.add(imageFile(content("small", 100)));
        for (int i = 0; i < 3; i++) {
            images.add(imageFile(content("large " + i, LARGE_IMAGE_BYTES)));
        }
        // one image a chunk, started as an admin would from the management API (the jobs page takes no parameters)
        JobOperator jobs = BatchRuntime.getJobOperator();
        Properties oneImageAChunk = new Properties();
        oneImageAChunk.setProperty("itemCount", "1");
        long first = jobs.start(MigrateStorageJob.NAME, oneImageAChunk);

        Eventually.await(JOB_ENDS_WITHIN,
                () -> counts(first).getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L) >= 1
                        || jobs.getJobExecution(first).getEndTime() != null,
                Boolean::booleanValue, "a first chunk of execution " + first + " committed");
        try {
            jobs.stop(first);
        } catch (JobExecutionNotRunningException ended) {
            fail("execution " + first + " ended (" + jobs.getJobExecution(first).getBatchStatus() + ", "
                    + exitStatus(first) + ") before the test could stop it: the images are copied too fast, make "
                    + "them larger");
        }
        assertEquals(BatchStatus.STOPPED, Eventually.jobEnd(first, JOB_ENDS_WITHIN), "execution " + first
                + " ended before the stop took effect: the images are copied too fast, make them larger ("
                + exitStatus(first) + ")");
        long firstRead = counts(first).getOrDefault(Metric.MetricType.READ_COUNT, 0L);
        assertTrue(firstRead < images.size(), "the stopped run read every image, " + counts(first)
                + ": the images are copied too fast, make them larger");

        long second = history.restart(first, ADMIN);
        assertEquals(BatchStatus.COMPLETED, Eventually.jobEnd(second, JOB_ENDS_WITHIN), exitStatus(second));

        Map<Metric.MetricType, Long> secondCounts = counts(second);
        assertEquals(images.size() - firstRead, secondCounts.get(Metric.MetricType.READ_COUNT),
                "the restart reads only the images after the checkpoint: " + counts(first) + " then " + secondCounts);
        assertEquals(images.size(), counts(first).getOrDefault(Metric.MetricType.WRITE_COUNT, 0L)
                + secondCounts.get(Metric.MetricType.WRITE_COUNT), "the two runs copy each image once: "
                + counts(first) + " then " + secondCounts);
        for (ImageDigest image : images) {
            assertEquals(image, storedSha256(image), "the bucket has " + image);
        }
    }

    @Test
    void onlyAnAdminMayStartIt() {
        assertThrows(AccessDeniedException.class, () -> migrateStorage.start(Fixtures.user()));
    }

    /** Writes a file where the directory store keeps the image {@code content}; returns its name. */
    private ImageDigest imageFile(byte[] content) throws IOException, NoSuchAlgorithmException {
        return imageFile(sha256(content), content);
    }

    /** Writes a file where the directory store keeps the image named {@code name}; returns the name. */
    private ImageDigest imageFile(ImageDigest name, byte[] content) throws IOException {
        Path file = config.storageDir().resolve("sha256").resolve(name.hex().substring(0, 2)).resolve(name.hex());
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        written.add(file);
        copied.add(name);
        return name;
    }

    private byte[] read(ImageDigest digest) throws IOException {
        try (SeekableByteChannel channel = bucket.openChannel(digest)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until full
            }
            return buffer.array();
        }
    }

    /** The sha256 of what the bucket holds under {@code digest}, read in pieces: the images here are large. */
    private ImageDigest storedSha256(ImageDigest digest) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (SeekableByteChannel channel = bucket.openChannel(digest)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            while (channel.read(buffer) >= 0) {
                sha256.update(buffer.flip());
                buffer.clear();
            }
        }
        return ImageDigest.of(sha256.digest());
    }

    private static String exitStatus(long execution) {
        return BatchRuntime.getJobOperator().getJobExecution(execution).getExitStatus();
    }

    private static Map<Metric.MetricType, Long> counts(long execution) {
        return BatchRuntime.getJobOperator().getStepExecutions(execution).stream()
                .map(StepExecution::getMetrics)
                .flatMap(Arrays::stream)
                .collect(Collectors.groupingBy(Metric::getType, Collectors.summingLong(Metric::getValue)));
    }

    /** Unique content of about {@code length} bytes. */
    private static byte[] content(String what, int length) {
        String unique = Fixtures.unique(what) + " ";
        return unique.repeat(Math.max(1, length / unique.length())).getBytes(StandardCharsets.UTF_8);
    }

    private static ImageDigest sha256(byte[] content) throws NoSuchAlgorithmException {
        return ImageDigest.of(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
