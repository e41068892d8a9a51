package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sifregistry.storage.ImageDigest;

class SifArtifactTest {

    private static final ImageDigest LAYER = new ImageDigest("ab".repeat(32));

    @Test
    void theManifestHasExactlyTheBytesApptainerPushes() {
        String manifest = new String(new SifArtifact(new ContainerName("rocks"), LAYER, 1234).manifest(),
                StandardCharsets.UTF_8);

        assertEquals("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.sylabs.sif.config.v1+json\",\"size\":2,"
                + "\"digest\":\"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\"},"
                + "\"layers\":[{\"mediaType\":\"application/vnd.sylabs.sif.layer.v1.sif\",\"size\":1234,"
                + "\"digest\":\"sha256:" + "ab".repeat(32) + "\",\"annotations\":"
                + "{\"org.opencontainers.image.title\":\"rocks.sif\"}}]}", manifest);
    }

    @Test
    void theConfigDigestIsThatOfAnEmptyObject() {
        assertEquals("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                SifArtifact.CONFIG_DIGEST);
    }

    @Test
    void theDigestIsStableAndDependsOnNameImageAndSize() {
        SifArtifact artifact = new SifArtifact(new ContainerName("rocks"), LAYER, 1234);

        assertEquals(artifact.manifestDigest(), new SifArtifact(new ContainerName("rocks"), LAYER, 1234)
                .manifestDigest());
        assertNotEquals(artifact.manifestDigest(), new SifArtifact(new ContainerName("other"), LAYER, 1234)
                .manifestDigest());
        assertNotEquals(artifact.manifestDigest(), new SifArtifact(new ContainerName("rocks"), LAYER, 1235)
                .manifestDigest());
    }
}
