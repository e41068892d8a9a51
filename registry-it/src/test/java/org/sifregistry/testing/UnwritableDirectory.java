package org.sifregistry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A directory in which nothing can be created until this is closed, even by root, whom the tests run as and whom
 * permissions do not stop. Where the file system allows it (ext4, xfs, with CAP_LINUX_IMMUTABLE) the directory is made
 * immutable ({@code chattr +i}), as a read-only store refuses writes; elsewhere it is moved aside and a file takes
 * its place. Closing puts the directory back as it was.
 */
public final class UnwritableDirectory implements AutoCloseable {

    private final Path directory;
    private final Path aside;

    private UnwritableDirectory(Path directory, Path aside) {
        this.directory = directory;
        this.aside = aside;
    }

    public static UnwritableDirectory of(Path directory) throws IOException {
        if (chattr("+i", directory)) {
            return new UnwritableDirectory(directory, null);
        }
        Path aside = directory.resolveSibling(directory.getFileName() + ".aside");
        Files.move(directory, aside);
        Files.writeString(directory, "a file where a directory should be");
        return new UnwritableDirectory(directory, aside);
    }

    @Override
    public void close() throws IOException {
        if (aside == null) {
            if (!chattr("-i", directory)) {
                throw new IOException("chattr -i " + directory + " failed: it stays immutable");
            }
        } else {
            Files.delete(directory);
            Files.move(aside, directory);
        }
    }

    private static boolean chattr(String flag, Path directory) {
        try {
            Process chattr = new ProcessBuilder("chattr", flag, directory.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return chattr.waitFor(30, TimeUnit.SECONDS) && chattr.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Interrupted while running chattr", e));
        }
    }
}
