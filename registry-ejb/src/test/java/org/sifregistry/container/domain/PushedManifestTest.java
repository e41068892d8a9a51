package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.InvalidInputException;

class PushedManifestTest {

    private static final String LAYER = "sha256:" + "ab".repeat(32);
    private static final String CONFIG = "\"config\":{\"mediaType\":\"application/vnd.unknown.config.v1+json\","
            + "\"digest\":\"" + SifArtifact.CONFIG_DIGEST + "\",\"size\":2}";
    private static final String LAYERS = "\"layers\":[{\"mediaType\":\"application/vnd.sylabs.sif.layer.v1.sif\","
            + "\"digest\":\"" + LAYER + "\",\"size\":1234,\"annotations\":{\"org.opencontainers.image.title\":\"x.sif\"}}]";

    @Test
    void readsTheManifestOfOrasGoOneWithoutMediaType() throws Exception {
        byte[] content = ("{\"schemaVersion\":2," + CONFIG + "," + LAYERS + "}").getBytes(StandardCharsets.UTF_8);

        PushedManifest manifest = PushedManifest.parse(content, SifArtifact.MANIFEST_TYPE);

        assertEquals(SifArtifact.MANIFEST_TYPE, manifest.mediaType());
        assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                manifest.digest());
        assertEquals("ab".repeat(32), manifest.layer().hex());
        assertEquals(1234, manifest.layerSize());
        assertArrayEquals(content, manifest.content());
    }

    @Test
    void readsTheManifestOfApptainerOneThreeAndLater() {
        byte[] content = new SifArtifact(new ContainerName("rocks"), new org.sifregistry.storage.ImageDigest(
                "cd".repeat(32)), 99).manifest();

        PushedManifest manifest = PushedManifest.parse(content, "application/json");

        assertEquals(SifArtifact.MANIFEST_TYPE, manifest.mediaType());
        assertEquals(99, manifest.layerSize());
    }

    @Test
    void refusesWhatIsNoSifArtifact() {
        List<String> refused = List.of(
                "not json",
                "[]",
                "{\"schemaVersion\":1," + CONFIG + "," + LAYERS + "}",
                "{\"schemaVersion\":2," + LAYERS + "}",
                "{\"schemaVersion\":2," + CONFIG + ",\"layers\":[]}",
                "{\"schemaVersion\":2," + CONFIG + "," + LAYERS.replace("]", "," + LAYERS.substring(10)) + "}",
                "{\"schemaVersion\":2," + CONFIG + "," + LAYERS.replace("sylabs.sif.layer.v1.sif",
                        "oci.image.layer.v1.tar+gzip") + "}",
                "{\"schemaVersion\":2," + CONFIG.replace("unknown.config", "oci.image.config") + "," + LAYERS + "}",
                "{\"schemaVersion\":2," + CONFIG.replace("44136fa3", "00000000") + "," + LAYERS + "}",
                "{\"schemaVersion\":2," + CONFIG + "," + LAYERS.replace(LAYER, "sha256:abc") + "}",
                "{\"schemaVersion\":2," + CONFIG + "," + LAYERS.replace("1234", "-1") + "}",
                "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\"," + CONFIG + ","
                        + LAYERS + "}");
        for (String manifest : refused) {
            assertThrows(InvalidInputException.class,
                    () -> PushedManifest.parse(manifest.getBytes(StandardCharsets.UTF_8), SifArtifact.MANIFEST_TYPE),
                    manifest);
        }
        assertThrows(InvalidInputException.class, () -> PushedManifest.parse(("{\"schemaVersion\":2," + CONFIG + ","
                + LAYERS + "}").getBytes(StandardCharsets.UTF_8), null), "untyped");
    }
}
