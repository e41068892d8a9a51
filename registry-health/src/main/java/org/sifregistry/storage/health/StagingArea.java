package org.sifregistry.storage.health;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the image store receives uploads ({@code <storage dir>/staging}, FileSystemImageStore's layout; this library
 * cannot use that class, see the module's description): a push writes the whole image there before publishing it.
 */
public record StagingArea(Path directory) {

    private static final byte[] PROBE_BYTES = "writable?\n".getBytes(StandardCharsets.US_ASCII);

    public static StagingArea of(Path storageDir) {
        return new StagingArea(storageDir.resolve("staging"));
    }

    /**
     * Writes, flushes and deletes a small file, as a push would begin: a store that cannot take an upload (read only,
     * its directory gone or replaced) shows here rather than half way through a push.
     *
     * @throws IOException why nothing can be written
     */
    public void probeWrite() throws IOException {
        // A new store makes its staging directory at its first upload; so does the probe, before there was one
        Files.createDirectories(directory);
        // Named like a staged upload (.part), so that the store's sweep removes it should a crash leave it behind
        Path probe = Files.createTempFile(directory, "probe-", ".part");
        try (FileChannel out = FileChannel.open(probe, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(PROBE_BYTES));
            out.force(true);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /**
     * The bytes that can still be written before the file system is full: that of the directory, or of its nearest
     * ancestor that exists (a new store has no directory before its first upload).
     */
    public long usableSpace() throws IOException {
        Path existing = directory;
        while (!Files.isDirectory(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        return Files.getFileStore(existing).getUsableSpace();
    }
}
