package org.sifregistry.storage;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sifregistry.common.InvalidInputException;

/**
 * What every {@link ImageStore} promises, run against each backend by a subclass: content addressed by sha256,
 * nothing visible until committed, identical content stored once, nothing left of a failed upload, byte ranges,
 * uploads in parts.
 */
abstract class ImageStoreContract {

    protected static final long MIB = 1024 * 1024;

    protected ImageStore store;

    /** A new, empty store of the backend under test. */
    protected abstract ImageStore openStore() throws Exception;

    /** How many images the store holds, counted in the backend itself. */
    protected abstract long storedObjects() throws Exception;

    /** How many uploads the backend still holds out of sight: staged, assembled in parts, or half sent. */
    protected abstract long stagedObjects() throws Exception;

    /** When the backend last wrote the stored image, by its own clock. */
    protected abstract Instant storedAt(ImageDigest digest) throws Exception;

    /** Puts something that is no image where the images are, as an operator or another tool might. */
    protected abstract void putForeignObjectAmongImages() throws Exception;

    @BeforeEach
    void openTheStore() throws Exception {
        store = openStore();
    }

    @Test
    void storesIdenticalContentOnce() throws Exception {
        byte[] content = randomBytes(50_000, 2);
        StoredImage first = store.put(channel(new ByteArrayInputStream(content)), MIB);

        StoredImage second = store.put(channel(new ByteArrayInputStream(content)), MIB);

        assertEquals(first, second);
        assertEquals(1, storedObjects());
        assertEquals(0, stagedObjects());
        assertArrayEquals(content, readAll(first.digest(), ByteRange.all(content.length)));
    }

    @Test
    void storesAnImageWhenThereIsNoLimit() throws Exception {
        byte[] content = randomBytes(1000, 3);

        StoredImage stored = store.put(channel(new ByteArrayInputStream(content)), Long.MAX_VALUE);

        assertEquals(sha256(content), stored.digest().hex());
        assertArrayEquals(content, readAll(stored.digest(), ByteRange.all(content.length)));
    }

    @Test
    void theStagingSweepDiscardsOnlyUploadsOlderThanItsCutoff() throws Exception {
        StagedImage staged = store.stage(channel(new ByteArrayInputStream(randomBytes(100, 14))), MIB);
        String parted = store.beginParts();
        store.appendPart(parted, channel(new ByteArrayInputStream(randomBytes(100, 15))), MIB);

        assertEquals(0, store.discardStagedOlderThan(Instant.now().minus(Duration.ofHours(1))));
        assertEquals(2, stagedObjects());

        assertEquals(2, store.discardStagedOlderThan(Instant.now().plus(Duration.ofMinutes(1))));
        assertEquals(0, stagedObjects());
        assertThrows(IOException.class, () -> store.commit(staged), "nothing left to commit");
        assertThrows(UploadNotFoundException.class, () -> store.partsLength(parted));
        assertEquals(0, storedObjects());
    }

    @Test
    void anUploadInPartsIsStoredUnderItsDigest() throws Exception {
        byte[] image = randomBytes(250_000, 16);
        String upload = store.beginParts();
        store.appendPart(upload, channel(new ByteArrayInputStream(image)), MIB);

        StoredImage stored = store.commit(store.finishParts(upload));

        assertEquals(sha256(image), stored.digest().hex());
        assertArrayEquals(image, readAll(stored.digest(), ByteRange.all(image.length)));
        assertEquals(1, storedObjects());
        assertEquals(0, stagedObjects());
    }

    @Test
    void matchesAKnownVector() throws Exception {
        StoredImage stored = store.put(channel(new ByteArrayInputStream("abc".getBytes(US_ASCII))), 3);

        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", stored.digest().hex());
        assertEquals(3, stored.size());
    }
    @Test
    void storesAnEmptyImage() throws Exception {
        StoredImage stored = store.put(channel(InputStream.nullInputStream()), 0);

        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", stored.digest().hex());
        assertEquals(0, stored.size());
        assertArrayEquals(new byte[0], readAll(stored.digest(), ByteRange.all(0)));
    }
    @Test
    void deletesAnImageOnlyIfItIsOlderThanTheCutoff() throws Exception {
        StoredImage image = store.put(channel(new ByteArrayInputStream(randomBytes(1_000, 7))), MIB);
        Instant written = storedAt(image.digest());

        assertFalse(store.deleteIfOlderThan(image.digest(), written), "stored at the cutoff: kept");
        assertTrue(store.find(image.digest()).isPresent());
        assertTrue(store.deleteIfOlderThan(image.digest(), written.plusSeconds(1)));
        assertFalse(store.find(image.digest()).isPresent());
        assertFalse(store.deleteIfOlderThan(image.digest(), written.plusSeconds(1)), "already gone");
    }
    @Test
    void aFailedUploadLeavesNothingBehind() throws Exception {
        InputStream dropped = new FailingStream(new GeneratedStream(10 * MIB, 3), 3 * MIB);

        IOException e = assertThrows(IOException.class, () -> store.put(channel(dropped), 100 * MIB));

        assertEquals("connection reset", e.getMessage());
        assertEquals(0, storedObjects());
        assertEquals(0, stagedObjects());
    }
    @Test
    void refusesAnImageOverTheLimit() throws Exception {
        ImageTooLargeException e = assertThrows(ImageTooLargeException.class,
                () -> store.put(channel(new GeneratedStream(3 * MIB, 4)), 2 * MIB));

        assertEquals("image", e.field());
        assertEquals(2 * MIB, e.limit());
        assertEquals("The image is larger than the limit of 2 MiB", e.getMessage());
        assertEquals(0, storedObjects());
        assertEquals(0, stagedObjects());
    }
    @Test
    void acceptsAnImageExactlyAtTheLimit() throws Exception {
        assertEquals(1000, store.put(channel(new ByteArrayInputStream(new byte[1000])), 1000).size());
        assertThrows(ImageTooLargeException.class, () -> store.put(channel(new ByteArrayInputStream(new byte[1001])), 1000));
    }
    @Test
    void aStagedImageIsInvisibleUntilCommitted() throws Exception {
        byte[] content = randomBytes(70_000, 5);

        StagedImage staged = store.stage(channel(new ByteArrayInputStream(content)), MIB);

        assertEquals(sha256(content), staged.digest().hex());
        assertEquals(content.length, staged.size());
        assertEquals(Optional.empty(), store.find(staged.digest()));
        assertEquals(0, storedObjects());
        assertEquals(1, stagedObjects());
        try (Stream<ImageDigest> digests = store.digests()) {
            assertEquals(0, digests.count());
        }
        assertThrows(ImageMissingException.class, () -> store.openChannel(staged.digest()));

        StoredImage stored = store.commit(staged);

        assertEquals(new StoredImage(staged.digest(), content.length), stored);
        assertArrayEquals(content, readAll(stored.digest(), ByteRange.all(content.length)));
        assertEquals(0, stagedObjects());
    }
    @Test
    void discardThrowsAStagedImageAway() throws Exception {
        StagedImage staged = store.stage(channel(new ByteArrayInputStream(randomBytes(1000, 6))), MIB);

        store.discard(staged);
        store.discard(staged);

        assertEquals(0, stagedObjects());
        assertEquals(Optional.empty(), store.find(staged.digest()));
        assertThrows(IOException.class, () -> store.commit(staged), "nothing left to commit");
        assertEquals(0, storedObjects());
    }
    @Test
    void readsRanges() throws Exception {
        byte[] content = randomBytes(10_000, 7);
        ImageDigest digest = store.put(channel(new ByteArrayInputStream(content)), MIB).digest();

        assertArrayEquals(Arrays.copyOfRange(content, 0, 100), readAll(digest, new ByteRange(0, 100)));
        assertArrayEquals(Arrays.copyOfRange(content, 4000, 5234), readAll(digest, new ByteRange(4000, 1234)));
        assertArrayEquals(Arrays.copyOfRange(content, 9500, 10_000), readAll(digest, ByteRange.parse("bytes=-500", 10_000)));
        assertArrayEquals(Arrays.copyOfRange(content, 9000, 10_000), readAll(digest, ByteRange.parse("bytes=9000-", 10_000)));
        assertArrayEquals(content, readAll(digest, ByteRange.all(10_000)));
        assertArrayEquals(new byte[0], readAll(digest, new ByteRange(10_000, 0)));
    }
    @Test
    void reportsAMissingImage() throws Exception {
        ImageDigest absent = ImageDigest.of(new byte[32]);

        assertEquals(Optional.empty(), store.find(absent));
        ImageMissingException e = assertThrows(ImageMissingException.class, () -> store.openChannel(absent));
        assertEquals(absent, e.digest());
    }
    @Test
    void deletesAnImage() throws Exception {
        ImageDigest digest = store.put(channel(new ByteArrayInputStream(randomBytes(1000, 9))), MIB).digest();

        assertTrue(store.delete(digest));

        assertEquals(Optional.empty(), store.find(digest));
        assertThrows(ImageMissingException.class, () -> store.openChannel(digest));
        assertFalse(store.delete(digest));
        assertEquals(0, storedObjects());
    }
    @Test
    void listsEveryStoredDigest() throws Exception {
        Set<ImageDigest> stored = Set.of(
                store.put(channel(new ByteArrayInputStream(randomBytes(10, 10))), MIB).digest(),
                store.put(channel(new ByteArrayInputStream(randomBytes(20, 11))), MIB).digest(),
                store.put(channel(new ByteArrayInputStream(randomBytes(30, 12))), MIB).digest());
        store.stage(channel(new ByteArrayInputStream(randomBytes(40, 13))), MIB);
        putForeignObjectAmongImages();

        try (Stream<ImageDigest> digests = store.digests()) {
            assertEquals(stored, digests.collect(Collectors.toSet()));
        }
    }
    @Test
    void streamsALargeImageWithAnExactDigest() throws Exception {
        long size = 20 * MIB;
        String expected = sha256(new GeneratedStream(size, 16));

        StoredImage stored = store.put(channel(new GeneratedStream(size, 16)), size);

        assertEquals(expected, stored.digest().hex());
        assertEquals(size, stored.size());
        try (SeekableByteChannel file = store.openChannel(stored.digest())) {
            assertEquals(expected, sha256(Channels.newInputStream(file)));
        }
    }
    @Test
    void partsArrivingOutOfOrderAssembleIntoOneImage() throws Exception {
        int part = (int) store.partSize();
        byte[] image = randomBytes(2 * part + part / 3, 11);
        String upload = store.beginParts();
        String last = writePart(upload, image, 2);
        writePart(upload, image, 0);
        writePart(upload, image, 1);

        StagedImage staged = store.finishParts(upload);
        StoredImage stored = store.commit(staged);

        assertEquals(crc32c(Arrays.copyOfRange(image, 2 * part, image.length)), last, "a part's ETag is its CRC-32C");
        assertEquals(sha256(image), stored.digest().hex());
        assertEquals(image.length, stored.size());
        assertArrayEquals(Arrays.copyOf(image, StagedImage.HEAD_LENGTH), staged.head());
        assertArrayEquals(image, readAll(stored.digest(), ByteRange.all(image.length)));
    }

    @Test
    void partsInOrderAreHashedAsTheyArrive() throws Exception {
        byte[] image = randomBytes((int) (2.5 * store.partSize()), 12);
        String upload = store.beginParts();
        for (int index = 0; index < 3; index++) {
            writePart(upload, image, index);
        }

        StagedImage staged = store.finishParts(upload);

        assertEquals(sha256(image), staged.digest().hex());
        assertEquals(image.length, staged.size());
        assertArrayEquals(Arrays.copyOf(image, StagedImage.HEAD_LENGTH), staged.head());
    }

    /** The first bytes were hashed as they came; what replaced them must count instead. */
    @Test
    void aPartSentAgainWithOtherBytesCountsAsSentLast() throws Exception {
        int part = (int) store.partSize();
        byte[] first = randomBytes(2 * part, 13);
        byte[] image = first.clone();
        System.arraycopy(randomBytes(part, 14), 0, image, 0, part);
        String upload = store.beginParts();
        writePart(upload, first, 0);
        writePart(upload, first, 1);
        writePart(upload, image, 0);

        assertEquals(sha256(image), store.finishParts(upload).digest().hex());
    }

    @Test
    void aPartThatBrokeOffAndWasSentAgainCountsOnce() throws Exception {
        int part = (int) store.partSize();
        byte[] image = randomBytes(2 * part, 15);
        String upload = store.beginParts();
        assertThrows(InvalidInputException.class,
                () -> store.writePart(upload, 0, channel(new ByteArrayInputStream(image, 0, part / 2)), part));
        writePart(upload, image, 0);
        writePart(upload, image, 1);

        assertEquals(sha256(image), store.finishParts(upload).digest().hex());
    }

    @Test
    void piecesOfUnknownLengthAppendInOrder() throws Exception {
        byte[] image = randomBytes(3 * 100_000 + 17, 41);
        String upload = store.beginParts();

        assertEquals(0, store.partsLength(upload));
        assertEquals(100_000, store.appendPart(upload, channel(new ByteArrayInputStream(image, 0, 100_000)), MIB));
        assertEquals(100_000, store.partsLength(upload));
        assertEquals(image.length, store.appendPart(upload,
                channel(new ByteArrayInputStream(image, 100_000, image.length - 100_000)), MIB));
        StagedImage staged = store.finishParts(upload);

        assertEquals(sha256(image), staged.digest().hex());
        assertEquals(image.length, staged.size());
        assertArrayEquals(Arrays.copyOf(image, StagedImage.HEAD_LENGTH), staged.head());
    }
    @Test
    void aPieceBeyondTheLimitIsCutOffAgain() throws Exception {
        String upload = store.beginParts();
        store.appendPart(upload, channel(new ByteArrayInputStream(randomBytes(1000, 42))), 1500);

        assertThrows(ImageTooLargeException.class,
                () -> store.appendPart(upload, channel(new ByteArrayInputStream(randomBytes(1000, 43))), 1500));

        assertEquals(1000, store.partsLength(upload));
        assertThrows(UploadNotFoundException.class,
                () -> store.appendPart("f".repeat(32), channel(new ByteArrayInputStream(new byte[1])), 1500));
    }
    @Test
    void aShortPartIsRefused() throws Exception {
        String upload = store.beginParts();
        assertThrows(InvalidInputException.class,
                () -> store.writePart(upload, 0, channel(new ByteArrayInputStream(new byte[10])), 20));
        assertThrows(InvalidInputException.class,
                () -> store.writePart(upload, 0, channel(new ByteArrayInputStream(new byte[30])), 20));
    }
    @Test
    void anAbortedOrUnknownUploadTakesNoParts() throws Exception {
        String upload = store.beginParts();
        store.abortParts(upload);
        assertThrows(UploadNotFoundException.class,
                () -> store.writePart(upload, 0, channel(new ByteArrayInputStream(new byte[1])), 1));
        assertThrows(UploadNotFoundException.class, () -> store.finishParts("../../etc/passwd"));
        assertEquals(0, store.discardStagedOlderThan(Instant.now().plus(Duration.ofDays(1))));
    }
    /** Writes the {@code index}th part of {@code image}, cut at the store's part size, and returns its ETag. */
    protected String writePart(String upload, byte[] image, int index) throws IOException {
        int part = (int) store.partSize();
        int length = Math.min(part, image.length - index * part);
        return store.writePart(upload, (long) index * part,
                channel(new ByteArrayInputStream(image, index * part, length)), length);
    }

    protected byte[] readAll(ImageDigest digest, ByteRange range) throws IOException {
        try (SeekableByteChannel file = store.openChannel(digest)) {
            file.position(range.start());
            ByteBuffer bytes = ByteBuffer.allocate((int) range.length());
            while (bytes.hasRemaining() && file.read(bytes) != -1) {
                // reads on until the range is full or the image ends
            }
            return bytes.array();
        }
    }

    protected static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Uploads reach the store as channels. */
    protected static ReadableByteChannel channel(InputStream content) {
        return Channels.newChannel(content);
    }

    private static String crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return "%08x".formatted(crc.getValue());
    }

    protected static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    protected static String sha256(InputStream in) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = in.read(buffer)) != -1; ) {
            sha256.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Pseudo-random bytes made as they are read, so a large image never sits in memory. Each byte depends only
     * on its position, so the content is the same however the reader sizes its reads.
     */
    protected static final class GeneratedStream extends InputStream {

        private final long seed;
        private final long size;
        private long position;

        GeneratedStream(long size, long seed) {
            this.seed = seed;
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == size) {
                return -1;
            }
            // Odd-sized chunks, as a network delivers them
            int count = (int) Math.min(Math.min(length, 100_003), size - position);
            for (int i = 0; i < count; i++, position++) {
                buffer[offset + i] = (byte) (mix(seed + (position >>> 3)) >>> ((position & 7) << 3));
            }
            return count;
        }

        /** The splitmix64 finaliser: cheap, and well spread for consecutive inputs. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }
    }

    /** An upload whose connection drops after some bytes. */
    protected static final class FailingStream extends InputStream {

        private final InputStream content;
        private long remaining;

        FailingStream(InputStream content, long failAfter) {
            this.content = content;
            this.remaining = failAfter;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining == 0) {
                throw new IOException("connection reset");
            }
            int read = content.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(read, 0);
            return read;
        }
    }
}
