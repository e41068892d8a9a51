package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bucket of an installation moving to it, with the directory as the fallback for reads: two stores in
 * directories stand for both, since the decorator only sees the {@link ImageStore} contract.
 */
class DirectoryFallbackImageStoreTest {

    @TempDir
    Path bucketRoot;

    @TempDir
    Path directoryRoot;

    private final ExecutorService helpers = Executors.newCachedThreadPool();

    @AfterEach
    void stopHelpers() {
        helpers.shutdownNow();
    }

    @Test
    void readsAnImageTheBucketLacksFromTheDirectory() throws IOException {
        ImageStore bucket = new FileSystemImageStore(bucketRoot, helpers);
        ImageStore directory = new FileSystemImageStore(directoryRoot, helpers);
        StoredImage notMovedYet = put(directory, "pushed before the switch");
        ImageStore store = new DirectoryFallbackImageStore(bucket, directory);

        assertEquals(Optional.of(notMovedYet), store.find(notMovedYet.digest()));
        assertArrayEquals(bytes("pushed before the switch"), read(store, notMovedYet.digest()));
        assertArrayEquals(bytes("pushed before the switch"), read(store, notMovedYet));
        assertEquals(Optional.empty(), store.directUrl(notMovedYet.digest(), java.time.Duration.ofMinutes(1)));
    }

    @Test
    void readsTheBucketsCopyFirst() throws IOException {
        ImageStore bucket = new FileSystemImageStore(bucketRoot, helpers);
        ImageStore directory = new FileSystemImageStore(directoryRoot, helpers);
        StoredImage moved = put(bucket, "moved already");
        put(directory, "moved already");
        ImageStore store = new DirectoryFallbackImageStore(bucket, directory);
        // the directory's copy gone: a read that still found it would have passed the bucket by
        directory.delete(moved.digest());

        assertEquals(Optional.of(moved), store.find(moved.digest()));
        assertArrayEquals(bytes("moved already"), read(store, moved.digest()));
    }

    @Test
    void opensWhatTheBucketFoundAsFoundSoThatTheBucketIsNotAskedAgain() throws IOException {
        List<StoredImage> openedAsFound = new ArrayList<>();
        ImageStore bucket = new FileSystemImageStore(bucketRoot, helpers) {
            @Override
            public SeekableByteChannel openChannel(StoredImage found) throws IOException {
                openedAsFound.add(found);
                return super.openChannel(found);
            }
        };
        StoredImage pushed = put(bucket, "pushed after the switch");
        ImageStore store = new DirectoryFallbackImageStore(bucket, new FileSystemImageStore(directoryRoot, helpers));

        assertArrayEquals(bytes("pushed after the switch"), read(store, store.find(pushed.digest()).orElseThrow()));

        assertEquals(List.of(pushed), openedAsFound);
    }

    @Test
    void anImageInNeitherIsMissing() throws IOException {
        ImageStore store = new DirectoryFallbackImageStore(new FileSystemImageStore(bucketRoot, helpers),
                new FileSystemImageStore(directoryRoot, helpers));
        ImageDigest nowhere = new ImageDigest("ab".repeat(32));

        assertEquals(Optional.empty(), store.find(nowhere));
        assertThrows(ImageMissingException.class, () -> store.openChannel(nowhere));
    }

    @Test
    void writesAndListsTheBucketOnly() throws IOException {
        ImageStore bucket = new FileSystemImageStore(bucketRoot, helpers);
        ImageStore directory = new FileSystemImageStore(directoryRoot, helpers);
        StoredImage old = put(directory, "only in the directory");
        ImageStore store = new DirectoryFallbackImageStore(bucket, directory);

        StoredImage pushed = put(store, "pushed after the switch");

        assertTrue(bucket.find(pushed.digest()).isPresent(), "a push goes to the bucket");
        assertFalse(directory.find(pushed.digest()).isPresent(), "and not to the directory");
        try (Stream<ImageDigest> digests = store.digests()) {
            assertEquals(List.of(pushed.digest()), digests.toList(), "the directory's images are not the bucket's");
        }
        assertTrue(directory.find(old.digest()).isPresent());
    }

    @Test
    void deletingRemovesBothCopiesSoThatNoneComesBack() throws IOException {
        ImageStore bucket = new FileSystemImageStore(bucketRoot, helpers);
        ImageStore directory = new FileSystemImageStore(directoryRoot, helpers);
        StoredImage both = put(bucket, "in both");
        put(directory, "in both");
        StoredImage directoryOnly = put(directory, "in the directory only");
        ImageStore store = new DirectoryFallbackImageStore(bucket, directory);

        assertTrue(store.delete(both.digest()));
        assertTrue(store.delete(directoryOnly.digest()));

        assertEquals(Optional.empty(), store.find(both.digest()));
        assertEquals(Optional.empty(), directory.find(both.digest()));
        assertEquals(Optional.empty(), store.find(directoryOnly.digest()));
        assertFalse(store.delete(both.digest()), "nothing left to delete");
    }

    @Test
    void garbageCollectionFollowsTheBucketsCopy() throws IOException {
        ImageStore bucket = new FileSystemImageStore(bucketRoot, helpers);
        ImageStore directory = new FileSystemImageStore(directoryRoot, helpers);
        StoredImage image = put(bucket, "collected");
        put(directory, "collected");
        ImageStore store = new DirectoryFallbackImageStore(bucket, directory);

        assertFalse(store.deleteIfOlderThan(image.digest(), Instant.EPOCH), "young in the bucket: kept");
        assertTrue(directory.find(image.digest()).isPresent(), "and so in the directory");

        assertTrue(store.deleteIfOlderThan(image.digest(), Instant.now().plusSeconds(60)));
        assertEquals(Optional.empty(), store.find(image.digest()), "gone from both");
    }

    @Test
    void holdsImagesTellsAnEmptyDirectoryFromOneWithImages() throws IOException {
        ImageStore directory = new FileSystemImageStore(directoryRoot, helpers);
        assertFalse(ImageStoreProducer.holdsImages(directory));

        put(directory, "one image");

        assertTrue(ImageStoreProducer.holdsImages(directory));
    }

    private static StoredImage put(ImageStore store, String content) throws IOException {
        return store.put(Channels.newChannel(new ByteArrayInputStream(bytes(content))), Long.MAX_VALUE);
    }

    private static byte[] read(ImageStore store, ImageDigest digest) throws IOException {
        try (SeekableByteChannel channel = store.openChannel(digest)) {
            return readAll(channel);
        }
    }

    private static byte[] read(ImageStore store, StoredImage found) throws IOException {
        try (SeekableByteChannel channel = store.openChannel(found)) {
            return readAll(channel);
        }
    }

    private static byte[] readAll(SeekableByteChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // reads until full
        }
        return buffer.array();
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
