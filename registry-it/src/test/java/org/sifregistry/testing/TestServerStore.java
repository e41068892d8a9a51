package org.sifregistry.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The image directory of the test server (it.server.base, registry.cli's default REGISTRY_STORAGE_DIR), seen from
 * outside as an operator sees it: FileSystemImageStore's layout, {@code sha256/<2 hex>/<64 hex>} and {@code staging/}.
 */
public final class TestServerStore {

    public static final Path DIRECTORY = Path.of(System.getProperty("it.server.base"), "data", "registry", "images");

    private TestServerStore() {
    }

    /** The uploads under way or left behind. */
    public static List<Path> staged() throws IOException {
        try (Stream<Path> staged = Files.list(DIRECTORY.resolve("staging"))) {
            return staged.toList();
        }
    }

    /** Where the image of {@code hex} (its sha256) is stored, if it is. */
    public static Path image(String hex) {
        return DIRECTORY.resolve("sha256").resolve(hex.substring(0, 2)).resolve(hex);
    }
}
