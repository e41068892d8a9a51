package org.sifregistry.storage.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifregistry.storage.FileSystemImageStore;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StagedImage;
import org.sifregistry.storage.StoredImage;

/**
 * What {@code migrate-storage} does with each image (reader order and checkpoints, the copy and its check, the
 * summary), between two stores in directories: the copier sees only the {@link ImageStore} contract.
 */
class StorageMigrationTest {

    @TempDir
    Path directoryRoot;

    @TempDir
    Path bucketRoot;

    private final ExecutorService helpers = Executors.newCachedThreadPool();
    private ImageStore directory;
    private ImageStore bucket;

    @BeforeEach
    void openStores() {
        directory = new FileSystemImageStore(directoryRoot, helpers);
        bucket = new FileSystemImageStore(bucketRoot, helpers);
    }

    @AfterEach
    void stopHelpers() {
        helpers.shutdownNow();
    }

    @Test
    void readsEveryDigestOnceInHexOrder() throws IOException {
        List<ImageDigest> stored = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stored.add(put(directory, "image " + i).digest());
        }
        stored.sort((a, b) -> a.hex().compareTo(b.hex()));

        DigestCursor cursor = DigestCursor.after(directory, null);

        assertEquals(20, cursor.size());
        assertEquals(stored, readAll(cursor));
        assertNull(cursor.next(), "the end stays the end");
    }

    @Test
    void aRestartGoesOnAfterItsCheckpointAndNotFromTheStart() throws IOException {
        for (int i = 0; i < 20; i++) {
            put(directory, "image " + i);
        }
        DigestCursor first = DigestCursor.after(directory, null);
        List<ImageDigest> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(first.next());
        }
        String checkpoint = first.checkpoint();

        DigestCursor restarted = DigestCursor.after(directory, checkpoint);
        List<ImageDigest> after = readAll(restarted);

        assertEquals(13, restarted.size(), "only what is left is read");
        assertEquals(before.get(6).hex(), checkpoint);
        assertTrue(Collections.disjoint(before, after), "nothing read twice");
        List<ImageDigest> all = new ArrayList<>(before);
        all.addAll(after);
        assertEquals(readAll(DigestCursor.after(directory, null)), all, "nothing left out");
        assertEquals(after.get(after.size() - 1).hex(), restarted.checkpoint());
    }

    @Test
    void aCursorWithNothingToReadKeepsItsCheckpoint() throws IOException {
        DigestCursor cursor = DigestCursor.after(directory, "ff".repeat(32));

        assertNull(cursor.next());
        assertEquals("ff".repeat(32), cursor.checkpoint());
        assertEquals(0, DigestCursor.after(directory, null).size());
    }

    @Test
    void copiesAnImageUnderItsDigestOnceVerified() throws Exception {
        StoredImage image = put(directory, "an image to move");
        ImageCopier copier = new ImageCopier(directory, bucket);

        StagedImage staged = copier.stage(image.digest()).orElseThrow();
        assertEquals(Optional.empty(), bucket.find(image.digest()), "not visible before the writer commits it");
        copier.commit(staged);

        assertEquals(Optional.of(image), bucket.find(image.digest()));
        assertArrayEquals(bytes("an image to move"), read(bucket, image.digest()));
        assertEquals(Optional.of(image), directory.find(image.digest()), "the directory keeps its copy");
    }

    @Test
    void skipsAnImageTheBucketHasAlready() throws Exception {
        StoredImage image = put(directory, "moved before");
        put(bucket, "moved before");

        assertEquals(Optional.empty(), new ImageCopier(directory, bucket).stage(image.digest()));
    }

    @Test
    void skipsAnImageDeletedSinceItWasListed() throws Exception {
        ImageDigest gone = new ImageDigest("0".repeat(64));

        assertEquals(Optional.empty(), new ImageCopier(directory, bucket).stage(gone));
    }

    @Test
    void neverCopiesAnImageWhoseContentIsNotItsName() throws Exception {
        StoredImage other = put(directory, "the content it holds");
        ImageDigest named = new ImageDigest("ab".repeat(32));
        Path file = directoryRoot.resolve("sha256").resolve("ab").resolve(named.hex());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "the content it holds");
        // the bucket has the content's digest already: what it has must not be touched
        put(bucket, "the content it holds");

        CorruptImageException corrupt = assertThrows(CorruptImageException.class,
                () -> new ImageCopier(directory, bucket).stage(named));

        assertEquals(named, corrupt.named());
        assertEquals(Optional.empty(), bucket.find(named), "nothing under the wrong name");
        assertEquals(Optional.of(other), bucket.find(other.digest()), "what was there stays");
        try (Stream<Path> staging = Files.list(bucketRoot.resolve("staging"))) {
            assertEquals(0, staging.count(), "and nothing is left staged");
        }
    }

    @Test
    void aSecondPassCopiesNothing() throws Exception {
        for (int i = 0; i < 5; i++) {
            put(directory, "image " + i);
        }
        assertEquals(5, pass(), "the first pass copies each");
        assertEquals(0, pass(), "the second finds each in the bucket");
    }

    @Test
    void theSummaryCountsAndListsTheCorruptAsFarAsTheColumnAllows() {
        assertEquals("COPIED 3 ALREADY_THERE 2 CORRUPT 0", MigrationReport.summary(3, 2, List.of()));
        assertEquals("COPIED 0 ALREADY_THERE 5 CORRUPT 2: " + "ab".repeat(32) + " " + "cd".repeat(32),
                MigrationReport.summary(0, 5, List.of("ab".repeat(32), "cd".repeat(32))));

        List<String> many = Collections.nCopies(20, "ef".repeat(32));
        String summary = MigrationReport.summary(1, 1, many);
        assertTrue(summary.startsWith("COPIED 1 ALREADY_THERE 1 CORRUPT 20: "), summary);
        assertTrue(summary.endsWith(" …"), summary);
        assertTrue(summary.length() <= MigrationReport.EXIT_STATUS_MAX_LENGTH, summary);
    }

    /** One run over the directory as the step runs it; returns how many images it copied. */
    private int pass() throws Exception {
        ImageCopier copier = new ImageCopier(directory, bucket);
        DigestCursor cursor = DigestCursor.after(directory, null);
        int copied = 0;
        for (ImageDigest digest = cursor.next(); digest != null; digest = cursor.next()) {
            Optional<StagedImage> staged = copier.stage(digest);
            if (staged.isPresent()) {
                copier.commit(staged.get());
                copied++;
            }
        }
        return copied;
    }

    private static List<ImageDigest> readAll(DigestCursor cursor) {
        List<ImageDigest> read = new ArrayList<>();
        for (ImageDigest digest = cursor.next(); digest != null; digest = cursor.next()) {
            read.add(digest);
        }
        return read;
    }

    private static StoredImage put(ImageStore store, String content) throws IOException {
        return store.put(Channels.newChannel(new ByteArrayInputStream(bytes(content))), Long.MAX_VALUE);
    }

    private static byte[] read(ImageStore store, ImageDigest digest) throws IOException {
        try (SeekableByteChannel channel = store.openChannel(digest)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until full
            }
            return buffer.array();
        }
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
