package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sifregistry.common.InvalidInputException;

/**
 * Any manifest body an {@code oras://} client pushes is refused with an {@link InvalidInputException} or read as a
 * SIF artifact's manifest. An input's last byte picks the request's Content-Type; the bytes before it are the body.
 */
class PushedManifestFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final String[] CONTENT_TYPES = {SifArtifact.MANIFEST_TYPE, PushedManifest.DOCKER_MANIFEST_TYPE,
        "application/json", null};

    @FuzzTest(maxDuration = "20s")
    void parseReadsASifManifestOrRefusesCleanly(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String contentType = data.pickValue(CONTENT_TYPES);
        byte[] content = data.consumeRemainingAsBytes();
        PushedManifest manifest;
        try {
            manifest = PushedManifest.parse(content, contentType);
        } catch (InvalidInputException refused) {
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertArrayEquals(content, manifest.content());
        assertEquals("sha256:" + ManifestJson.sha256(content), manifest.digest());
        assertTrue(manifest.layerSize() >= 0, "a negative layer size was accepted");
    }
}
