package org.sifregistry.storage.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingAreaTest {

    @TempDir
    Path storageDir;

    @Test
    void isTheStoresStagingDirectory() {
        assertEquals(storageDir.resolve("staging"), StagingArea.of(storageDir).directory());
    }

    @Test
    void aWriteProbeLeavesNothingBehind() throws IOException {
        Files.createDirectory(storageDir.resolve("staging"));

        StagingArea.of(storageDir).probeWrite();

        try (Stream<Path> left = Files.list(storageDir.resolve("staging"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aNewStoreWithoutAStagingDirectoryIsWritable() throws IOException {
        StagingArea staging = StagingArea.of(storageDir);

        assertTrue(staging.usableSpace() > 0);
        staging.probeWrite();

        assertTrue(Files.isDirectory(storageDir.resolve("staging")), "made, as the store's first upload would");
    }

    @Test
    void aStoreWhoseDirectoryIsNotYetMadeIsWritable() throws IOException {
        // A fresh server's store: not even <data>/registry/images exists before the first upload
        StagingArea staging = StagingArea.of(storageDir.resolve("registry/images"));

        assertTrue(staging.usableSpace() > 0);
        staging.probeWrite();

        assertTrue(Files.isDirectory(storageDir.resolve("registry/images/staging")));
    }

    @Test
    void aWriteProbeFailsWhereNothingCanBeStaged() throws IOException {
        // What a store that lost its staging directory looks like; permissions would not stop a test run as root
        Files.writeString(storageDir.resolve("staging"), "not a directory");

        assertThrows(IOException.class, () -> StagingArea.of(storageDir).probeWrite());
    }

    @Test
    void usableSpaceIsThatOfTheFileSystem() throws IOException {
        Files.createDirectory(storageDir.resolve("staging"));

        long usable = StagingArea.of(storageDir).usableSpace();

        assertTrue(usable > 0 && usable <= Files.getFileStore(storageDir).getTotalSpace(), "usable: " + usable);
    }
}
