package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

class OciManifestTest {

    private static final String CONFIG_DIGEST = "sha256:" + "c0".repeat(32);
    private static final String LAYER_DIGEST = "sha256:" + "1a".repeat(32);
    private static final String SUBJECT_DIGEST = "sha256:" + "5b".repeat(32);
    private static final String CONFIG = "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
            + "\"digest\":\"" + CONFIG_DIGEST + "\",\"size\":321}";
    private static final String LAYERS = "\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\","
            + "\"digest\":\"" + LAYER_DIGEST + "\",\"size\":1000}]";

    @Test
    void readsAnImageManifestWithItsBlobs() {
        byte[] content = bytes("{\"schemaVersion\":2,\"mediaType\":\"" + OciManifest.OCI_MANIFEST + "\"," + CONFIG
                + "," + LAYERS + ",\"annotations\":{\"a\":\"b\",\"n\":1}}");

        OciManifest manifest = OciManifest.parse(content, "application/json");

        assertEquals(OciManifest.OCI_MANIFEST, manifest.mediaType());
        assertEquals("sha256:" + ManifestJson.sha256(content), manifest.digest());
        assertArrayEquals(content, manifest.content());
        assertEquals(List.of(CONFIG_DIGEST, LAYER_DIGEST),
                manifest.blobs().stream().map(OciManifest.Descriptor::digest).toList());
        assertEquals(1321, manifest.blobSize());
        assertEquals("application/vnd.oci.image.config.v1+json", manifest.artifactType(), "the config's type");
        assertEquals(Map.of("a", "b"), manifest.annotations(), "string values only");
        assertNull(manifest.subject());
        assertFalse(manifest.isIndex());
        assertFalse(manifest.describesSif());
    }

    @Test
    void theContentTypeNamesAManifestWithoutMediaType() {
        OciManifest manifest = OciManifest.parse(bytes("{\"schemaVersion\":2," + CONFIG + "," + LAYERS + "}"),
                OciManifest.DOCKER_MANIFEST + "; charset=utf-8");

        assertEquals(OciManifest.DOCKER_MANIFEST, manifest.mediaType());
    }

    @Test
    void anArtifactWithASubjectNamesBoth() {
        OciManifest manifest = OciManifest.parse(bytes("{\"schemaVersion\":2,\"mediaType\":\""
                + OciManifest.OCI_MANIFEST + "\",\"artifactType\":\"application/vnd.example.sbom\"," + CONFIG + ","
                + LAYERS + ",\"subject\":{\"mediaType\":\"" + OciManifest.OCI_MANIFEST + "\",\"digest\":\""
                + SUBJECT_DIGEST + "\",\"size\":500}}"), null);

        assertEquals("application/vnd.example.sbom", manifest.artifactType());
        assertEquals(new OciManifest.Descriptor(OciManifest.OCI_MANIFEST, SUBJECT_DIGEST, 500), manifest.subject());
    }

    @Test
    void readsAnIndexAndADockerList() {
        String manifests = "\"manifests\":[{\"mediaType\":\"" + OciManifest.OCI_MANIFEST + "\",\"digest\":\""
                + LAYER_DIGEST + "\",\"size\":400,\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}}]";

        OciManifest index = OciManifest.parse(bytes("{\"schemaVersion\":2,\"mediaType\":\"" + OciManifest.OCI_INDEX
                + "\"," + manifests + "}"), null);
        OciManifest list = OciManifest.parse(bytes("{\"schemaVersion\":2," + manifests + "}"),
                OciManifest.DOCKER_LIST);

        assertTrue(index.isIndex());
        assertTrue(list.isIndex());
        assertEquals(List.of(LAYER_DIGEST), index.manifests().stream().map(OciManifest.Descriptor::digest).toList());
        assertEquals(List.of(), index.blobs());
        assertNull(index.artifactType());
        assertFalse(index.describesSif());
    }

    @Test
    void aSifArtifactIsToldApart() {
        byte[] sif = new SifArtifact(new ContainerName("rocks"), new org.sifregistry.storage.ImageDigest(
                "cd".repeat(32)), 99).manifest();
        String orasFile = "{\"schemaVersion\":2,\"config\":{\"mediaType\":\"application/vnd.unknown.config.v1+json\","
                + "\"digest\":\"" + SifArtifact.CONFIG_DIGEST + "\",\"size\":2},\"layers\":[{\"mediaType\":"
                + "\"text/plain\",\"digest\":\"" + LAYER_DIGEST + "\",\"size\":5}]}";

        assertTrue(OciManifest.parse(sif, null).describesSif());
        assertFalse(OciManifest.parse(bytes(orasFile), OciManifest.OCI_MANIFEST).describesSif(),
                "oras pushes any file with the unknown config type");
    }

    @Test
    void foreignLayersNeedNotBeHere() {
        assertFalse(new OciManifest.Descriptor("application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
                LAYER_DIGEST, 1).isDistributable());
        assertTrue(new OciManifest.Descriptor("application/vnd.oci.image.layer.v1.tar", LAYER_DIGEST, 1)
                .isDistributable());
    }

    @Test
    void refusesWhatIsNotAManifestOfAKnownType() {
        assertRefused(ErrorKey.MANIFEST_NOT_JSON, "{not json", OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_NOT_OBJECT, "[1]", OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_SCHEMA_VERSION, "{\"schemaVersion\":1," + CONFIG + "," + LAYERS + "}",
                OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_NO_MEDIA_TYPE, "{\"schemaVersion\":2," + CONFIG + "," + LAYERS + "}", null);
        assertRefused(ErrorKey.MANIFEST_MEDIA_TYPE, "{\"schemaVersion\":2,\"mediaType\":\"application/x-unknown\","
                + CONFIG + "," + LAYERS + "}", null);
        assertRefused(ErrorKey.MANIFEST_MEDIA_TYPE, "{\"schemaVersion\":2," + CONFIG + "," + LAYERS + "}",
                "application/vnd.docker.distribution.manifest.v1+prettyjws");
        assertRefused(ErrorKey.MANIFEST_MISSING, "{\"schemaVersion\":2," + LAYERS + "}", OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_MISSING, "{\"schemaVersion\":2," + CONFIG + "}", OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_MISSING, "{\"schemaVersion\":2}", OciManifest.OCI_INDEX);
    }

    @Test
    void refusesBrokenDescriptors() {
        assertRefused(ErrorKey.MANIFEST_DESCRIPTOR, "{\"schemaVersion\":2," + CONFIG + "," + LAYERS
                .replace(LAYER_DIGEST, "sha256:ABC") + "}", OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_DESCRIPTOR, "{\"schemaVersion\":2," + CONFIG.replace("321", "-1") + ","
                + LAYERS + "}", OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_DESCRIPTOR, "{\"schemaVersion\":2," + CONFIG + ",\"layers\":[\"x\"]}",
                OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_DESCRIPTOR, "{\"schemaVersion\":2," + CONFIG + "," + LAYERS
                + ",\"subject\":{\"digest\":\"" + SUBJECT_DIGEST + "\"}}", OciManifest.OCI_MANIFEST);
        assertRefused(ErrorKey.MANIFEST_DESCRIPTOR, "{\"schemaVersion\":2," + CONFIG + "," + LAYERS
                + ",\"subject\":\"" + SUBJECT_DIGEST + "\"}", OciManifest.OCI_MANIFEST);
    }

    @Test
    void refusesManifestsOverTheLimit() {
        byte[] huge = new byte[PushedManifest.MAX_BYTES + 1];

        assertEquals(ErrorKey.MANIFEST_TOO_LARGE, assertThrows(InvalidInputException.class,
                () -> OciManifest.parse(huge, OciManifest.OCI_MANIFEST)).key());
    }

    private static void assertRefused(ErrorKey key, String manifest, String contentType) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> OciManifest.parse(bytes(manifest), contentType), manifest);
        assertEquals(key, refused.key(), manifest);
        assertEquals("manifest", refused.field());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
