package org.sifregistry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The database and image store a release made before Flyway owned the schema (src/test/previous-release, made by
 * its make.sh): put in place of the stopped test server's, on the database the run uses, and what they hold.
 */
public final class PreviousRelease {

    /** A tag as that release stored it. */
    public record StoredTag(String ref, String version, long size, long downloadCount, boolean privateCollection) {

        static StoredTag parse(String line) {
            String[] fields = line.split("\t");
            return new StoredTag(fields[0].strip(), fields[1].strip(), Long.parseLong(fields[2].strip()),
                    Long.parseLong(fields[3].strip()), isTrue(fields[4].strip()));
        }

        private static boolean isTrue(String field) {
            return field.equalsIgnoreCase("true") || field.equals("1");
        }
    }

    private static final Duration LOAD_TIME = Duration.ofMinutes(2);

    private PreviousRelease() {
    }

    /** Replaces the database and image store of the stopped server at {@code it.server.base}. */
    public static void load() {
        Tools.run(LOAD_TIME, Map.of("JBOSS_HOME", System.getProperty("jboss.home")), "bash",
                directory().resolve("load.sh").toString(), System.getProperty("it.server.base")).orFail();
    }

    /** Every tag of the loaded database. */
    public static List<StoredTag> tags() {
        String database = "mariadb".equals(System.getenv("REGISTRY_DB_DRIVER")) ? "mariadb" : "h2";
        try {
            return Files.readAllLines(directory().resolve("images." + database + ".tsv")).stream()
                    .filter(line -> !line.isBlank()).map(StoredTag::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        return Tools.moduleDir().resolve("src/test/previous-release");
    }
}
