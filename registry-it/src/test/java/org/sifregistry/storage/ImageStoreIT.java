package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

/** The store the server is configured with: under the server's data directory, content-addressed. */
@ExtendWith(ArquillianExtension.class)
class ImageStoreIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("image-store-it", ImageStoreIT.class);
    }

    @Inject
    private ImageStore store;

    @Test
    void storesUnderTheServerDataDirectoryAndReadsRanges() throws Exception {
        byte[] content = Fixtures.unique("0123456789").getBytes(StandardCharsets.UTF_8);

        StoredImage stored = store.put(Channels.newChannel(new ByteArrayInputStream(content)), 1024);

        assertEquals(ImageDigest.of(MessageDigest.getInstance("SHA-256").digest(content)), stored.digest());
        Path expected = Path.of(System.getProperty("jboss.server.data.dir"), "registry", "images", "sha256",
                stored.digest().hex().substring(0, 2), stored.digest().hex());
        assertTrue(Files.isRegularFile(expected), "stored at " + expected);
        try (SeekableByteChannel file = store.openChannel(stored.digest())) {
            ByteBuffer range = ByteBuffer.allocate(3);
            file.position(2).read(range);
            assertArrayEquals(new byte[] {content[2], content[3], content[4]}, range.array());
        }
    }
}
