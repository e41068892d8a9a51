package org.sifregistry.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A file system of a few megabytes (a size-limited tmpfs) mounted over a directory until this is closed, so that a
 * test fills a disk without filling the machine's. Mounting takes root, whom the tests run as. What was in the
 * directory is hidden meanwhile, not touched, and what was written on the small disk goes with it.
 */
public final class SmallDisk implements AutoCloseable {

    private static final Duration MOUNTING = Duration.ofSeconds(30);

    private final Path directory;

    private SmallDisk(Path directory) {
        this.directory = directory;
    }

    public static SmallDisk mount(Path directory, long bytes) throws IOException {
        Files.createDirectories(directory);
        Tools.run(MOUNTING, Map.of(), "mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", directory.toString())
                .orFail();
        return new SmallDisk(directory);
    }

    /** Unmounts; lazily if something still holds a file open, which a stopped server no longer does. */
    @Override
    public void close() {
        if (!Tools.run(MOUNTING, Map.of(), "umount", directory.toString()).succeeded()) {
            Tools.run(MOUNTING, Map.of(), "umount", "--lazy", directory.toString()).orFail();
        }
    }
}
