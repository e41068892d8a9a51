package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferTest {

    @TempDir
    Path directory;

    private final ExecutorService helpers = Executors.newCachedThreadPool();
    private final Transfer transfer = new Transfer(helpers);
    private Path upload;
    private FileChannel file;

    @BeforeEach
    void openFile() throws IOException {
        upload = directory.resolve("upload");
        file = FileChannel.open(upload, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    @AfterEach
    void closeFile() throws IOException {
        file.close();
        helpers.shutdownNow();
    }

    @Test
    void writesAndHashesEveryByteInOrderAcrossManyBuffers() throws Exception {
        // More than the buffers one transfer holds, and not a multiple of their size, over flush points
        byte[] content = randomBytes(20 * Transfer.BUFFER_SIZE + 12345);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");

        long received = transfer.copy(channel(content), upload, file, 100, content.length, sha256::update);

        assertEquals(content.length, received);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(content), sha256.digest());
        byte[] written = Files.readAllBytes(directory.resolve("upload"));
        assertEquals(100 + content.length, written.length);
        assertArrayEquals(content, Arrays.copyOfRange(written, 100, written.length));
    }

    @Test
    void takesNoMoreThanTheLimitAndTellsThatMoreCame() throws Exception {
        byte[] content = randomBytes(3 * Transfer.BUFFER_SIZE);
        long limit = 2 * Transfer.BUFFER_SIZE;
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");

        long received = transfer.copy(channel(content), upload, file, 0, limit, sha256::update);

        assertEquals(limit + 1, received);
        assertEquals(limit, file.size());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(content, (int) limit)),
                sha256.digest());
    }

    @Test
    void aSourceThatBreaksOffFailsTheTransferAndTheNextOneWorks() throws Exception {
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(randomBytes(5 * Transfer.BUFFER_SIZE)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });

        IOException failure = assertThrows(IOException.class,
                () -> transfer.copy(Channels.newChannel(breaking), upload, file, 0, Long.MAX_VALUE, bytes -> { }));

        assertEquals("connection reset", failure.getMessage());
        byte[] content = randomBytes(1000);
        assertEquals(1000, transfer.copy(channel(content), upload, file, 0, Long.MAX_VALUE, bytes -> { }));
    }

    @Test
    void aFailingHashFailsTheTransferAndEndsItsHelpers() throws Exception {
        IOException failure = assertThrows(IOException.class, () -> transfer.copy(
                channel(randomBytes(12 * Transfer.BUFFER_SIZE)), upload, file, 0, Long.MAX_VALUE, bytes -> {
                    throw new IllegalStateException("no hash");
                }));

        assertEquals("no hash", failure.getCause().getMessage());
        helpers.shutdown();
        assertTrue(helpers.awaitTermination(10, TimeUnit.SECONDS), "no helper is left waiting");
    }

    private static ReadableByteChannel channel(byte[] content) {
        return Channels.newChannel(new ByteArrayInputStream(content));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
