package org.sifregistry.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of a test's own, which it may stop and start again as an operator would: the registry's database
 * going away without touching the machine's MariaDB. Its data live under {@code target/}, it listens on 127.0.0.1 at
 * {@code port}, and it holds the database {@code registry_it} with the user registry/registry, as the MariaDB run's.
 * Needs Debian's mariadb-server (test.sh installs it for the MariaDB run).
 */
public final class OwnMariaDb implements AutoCloseable {

    private static final Duration STARTED_WITHIN = Duration.ofSeconds(60);
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);

    private final Path home;
    private final int port;
    private final boolean ownFileSystem;
    private Process server;

    private OwnMariaDb(Path home, int port, boolean ownFileSystem) {
        this.home = home;
        this.port = port;
        this.ownFileSystem = ownFileSystem;
    }

    /** Makes a new data directory, starts the server on it and creates the registry's database and user. */
    public static OwnMariaDb create(int port) throws IOException {
        return create(port, 0);
    }

    /**
     * Like {@link #create(int)}, with the data directory on a tmpfs of {@code sizeMiB} mounted for it (so as root),
     * which {@link #fill} fills; unmounted on {@link #close}. InnoDB's redo log alone takes 96 MiB.
     */
    public static OwnMariaDb createOnFileSystemOf(int port, int sizeMiB) throws IOException {
        return create(port, sizeMiB);
    }

    private static OwnMariaDb create(int port, int fileSystemMiB) throws IOException {
        Tools.requireCommands("mariadb-install-db", "mariadbd", "mariadb");
        Path home = Files.createDirectories(Tools.targetDir().resolve("own-mariadb-" + port));
        Path data = home.resolve("data");
        Tools.run(TOOL_TIMEOUT, Map.of(), "rm", "-rf", data.toString()).orFail();
        if (fileSystemMiB > 0) {
            Files.createDirectories(data);
            Tools.run(TOOL_TIMEOUT, Map.of(), "mount", "-t", "tmpfs", "-o", "size=" + fileSystemMiB + "m", "tmpfs",
                    data.toString()).orFail();
        }
        Tools.run(TOOL_TIMEOUT, Map.of(), "mariadb-install-db", "--no-defaults", "--user=root", "--skip-test-db",
                "--datadir=" + data).orFail();
        OwnMariaDb database = new OwnMariaDb(home, port, fileSystemMiB > 0);
        database.start();
        Path databaseSql = Tools.moduleDir().resolve("../scripts/mariadb-database.sh").normalize();
        String sql = Tools.run(TOOL_TIMEOUT, Map.of(), "bash", databaseSql.toString(), "registry_it").orFail().stdout();
        Tools.run(TOOL_TIMEOUT, Map.of(), "mariadb", "--no-defaults", "--socket=" + database.socket(), "-uroot",
                "-e", sql).orFail();
        return database;
    }

    /** Starts the server on its data and returns once it answers. */
    public void start() throws IOException {
        server = new ProcessBuilder("mariadbd", "--no-defaults", "--user=root", "--datadir=" + home.resolve("data"),
                "--bind-address=127.0.0.1", "--port=" + port, "--socket=" + socket(),
                "--pid-file=" + home.resolve("mariadbd.pid"), "--skip-log-bin")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("mariadbd.log").toFile()))
                .start();
        Eventually.await(STARTED_WITHIN, this::answers, Boolean::booleanValue, "MariaDB on port " + port
                + " to answer (its log: " + home.resolve("mariadbd.log") + ")");
    }

    /** Shuts the server down as its service would (SIGTERM) and returns once it has exited. */
    public void stop() {
        server.destroy();
        try {
            if (!server.waitFor(STARTED_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("MariaDB on port " + port + " did not stop within " + STARTED_WITHIN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping MariaDB", e);
        }
    }

    /** Takes all the space left on the data's file system but a few KiB, as other files filling the disk would. */
    public void fill() throws IOException {
        long free = Files.getFileStore(home.resolve("data")).getUsableSpace();
        Tools.run(TOOL_TIMEOUT, Map.of(), "fallocate", "-l", Long.toString(Math.max(free - 8192, 4096)),
                filler().toString()).orFail();
    }

    /** Gives back what {@link #fill} took. */
    public void makeRoom() throws IOException {
        Files.deleteIfExists(filler());
    }

    private Path filler() {
        return home.resolve("data").resolve("filler");
    }

    private boolean answers() {
        if (!server.isAlive()) {
            throw new AssertionError("MariaDB on port " + port + " exited; its log: " + home.resolve("mariadbd.log"));
        }
        return Tools.run(TOOL_TIMEOUT, Map.of(), "mariadb", "--no-defaults", "--socket=" + socket(), "-uroot",
                "-e", "SELECT 1").succeeded();
    }

    private String socket() {
        return home.resolve("mariadbd.sock").toString();
    }

    /**
     * Stops the server if it runs; its data stay under target/ for a look after a failure, unless they were on a
     * file system of their own, which is unmounted.
     */
    @Override
    public void close() {
        if (server != null && server.isAlive()) {
            stop();
        }
        if (ownFileSystem) {
            Tools.run(TOOL_TIMEOUT, Map.of(), "umount", home.resolve("data").toString()).orFail();
        }
    }

    /** For a failure message. */
    @Override
    public String toString() {
        return "MariaDB on 127.0.0.1:" + port + " (" + home + ")";
    }
}
