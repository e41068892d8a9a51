package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifregistry.common.ByteSize;
import org.sifregistry.common.InvalidInputException;

/** The image store in a directory: the contract, and what only a file system does (paths, times, renames). */
class FileSystemImageStoreTest extends ImageStoreContract {

    @TempDir
    Path root;

    private final ExecutorService helpers = Executors.newCachedThreadPool();

    @Override
    protected ImageStore openStore() {
        return new FileSystemImageStore(root, helpers, 100_000);
    }

    @Override
    protected long storedObjects() throws IOException {
        return filesIn("sha256");
    }

    @Override
    protected long stagedObjects() throws IOException {
        return filesIn("staging");
    }

    @Override
    protected Instant storedAt(ImageDigest digest) throws IOException {
        String hex = digest.hex();
        return Files.getLastModifiedTime(root.resolve("sha256").resolve(hex.substring(0, 2)).resolve(hex)).toInstant();
    }

    @Override
    protected void putForeignObjectAmongImages() throws IOException {
        Files.createDirectories(root.resolve("sha256/zz"));
        Files.writeString(root.resolve("sha256/zz/notes.txt"), "not an image");
    }

    @AfterEach
    void stopHelpers() {
        helpers.shutdownNow();
    }

    @Test
    void createsItsDirectories() {
        assertTrue(Files.isDirectory(root.resolve("sha256")));
        assertTrue(Files.isDirectory(root.resolve("staging")));
    }
    @Test
    void storesUnderTheSha256OfTheContent() throws Exception {
        byte[] content = randomBytes(100_000, 1);

        StoredImage stored = store.put(channel(new ByteArrayInputStream(content)), MIB);

        assertEquals(sha256(content), stored.digest().hex());
        assertEquals(content.length, stored.size());
        Path file = root.resolve("sha256").resolve(stored.digest().hex().substring(0, 2)).resolve(stored.digest().hex());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(Optional.of(stored), store.find(stored.digest()));
        assertEquals(0, filesIn("staging"));
    }
    @Test
    void anImagePushedAgainKeepsItsFileAndIsTouched() throws Exception {
        byte[] content = randomBytes(50_000, 2);
        StoredImage first = store.put(channel(new ByteArrayInputStream(content)), MIB);
        Path file = onlyFileIn("sha256");
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, longAgo);
        Object fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

        StoredImage second = store.put(channel(new ByteArrayInputStream(content)), MIB);

        assertEquals(first, second);
        assertEquals(file, onlyFileIn("sha256"));
        assertEquals(fileKey, Files.readAttributes(file, BasicFileAttributes.class).fileKey(), "not replaced");
        assertTrue(Files.getLastModifiedTime(file).compareTo(longAgo) > 0, "touched, so that garbage collection spares it");
        assertEquals(0, filesIn("staging"));
    }
    @Test
    void describesLimitsReadably() {
        assertEquals("The image is larger than the limit of 512 MiB", new ImageTooLargeException(512 * MIB).getMessage());
        assertEquals("1.5 GiB", ByteSize.readable(1536 * MIB));
        assertEquals("100 bytes", ByteSize.readable(100));
        assertEquals("64 KiB", ByteSize.readable(65_536));
    }
    @Test
    void refusesAFileItDidNotStage() throws Exception {
        Path elsewhere = Files.writeString(root.resolve("precious.part"), "keep me");
        StagedImage forged = new StagedImage(ImageDigest.of(new byte[32]), 7, elsewhere.toString(), new byte[7]);

        assertThrows(IllegalArgumentException.class, () -> store.commit(forged));
        assertThrows(IllegalArgumentException.class, () -> store.discard(forged));
        assertEquals("keep me", Files.readString(elsewhere));
    }
    @Test
    void discardsAbandonedStagedImages() throws Exception {
        StagedImage abandoned = store.stage(channel(new ByteArrayInputStream(randomBytes(100, 14))), MIB);
        StagedImage fresh = store.stage(channel(new ByteArrayInputStream(randomBytes(100, 15))), MIB);
        Instant now = Instant.now();
        Files.setLastModifiedTime(Path.of(abandoned.location()), FileTime.from(now.minus(Duration.ofHours(2))));

        assertEquals(1, store.discardStagedOlderThan(now.minus(Duration.ofHours(1))));

        assertFalse(Files.exists(Path.of(abandoned.location())));
        assertEquals(fresh.digest(), store.commit(fresh).digest());
        assertEquals(0, store.discardStagedOlderThan(now.plusSeconds(60)));
    }
    /**
     * The store's paths come only from sha256 digests, upload ids it made and files it staged; nothing a client
     * names (no collection or container name) becomes a path. What a client could send in their place is refused
     * before it touches a file, and what lies beside the store stays as it was.
     */
    @Test
    void noDigestUploadIdOrStagedFileReachesOutsideTheStore() throws Exception {
        Path outside = Files.writeString(root.getParent().resolve(root.getFileName() + "-outside.part"), "keep me");
        String escape = "../../" + outside.getFileName();

        for (String digest : List.of("../" + "0".repeat(61), "sha256.../../etc/passwd", "/etc/passwd")) {
            assertThrows(InvalidInputException.class, () -> ImageDigest.parse(digest), digest);
        }
        for (String uploadId : List.of(escape, "../" + "a".repeat(29), "a".repeat(32) + "/../x", "")) {
            assertThrows(UploadNotFoundException.class,
                    () -> store.writePart(uploadId, 0, channel(new ByteArrayInputStream(new byte[1])), 1), uploadId);
            assertThrows(UploadNotFoundException.class, () -> store.finishParts(uploadId), uploadId);
            store.abortParts(uploadId);
        }
        StagedImage climbing = new StagedImage(ImageDigest.of(new byte[32]), 7,
                root.resolve("staging").resolve(escape).toString(), new byte[7]);
        assertThrows(IllegalArgumentException.class, () -> store.commit(climbing));
        assertThrows(IllegalArgumentException.class, () -> store.discard(climbing));

        assertEquals("keep me", Files.readString(outside));
        Files.delete(outside);
    }
    private long filesIn(String directory) throws IOException {
        return regularFiles(directory).size();
    }

    private Path onlyFileIn(String directory) throws IOException {
        List<Path> files = regularFiles(directory);
        assertEquals(1, files.size(), () -> "files in " + directory + ": " + files);
        return files.get(0);
    }

    private List<Path> regularFiles(String directory) throws IOException {
        try (Stream<Path> paths = Files.walk(root.resolve(directory))) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
