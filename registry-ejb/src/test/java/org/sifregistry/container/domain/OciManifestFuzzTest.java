package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sifregistry.common.InvalidInputException;

/**
 * Any pushed manifest body is refused with an {@link InvalidInputException} on the field {@code manifest} or read
 * with its bytes and digest kept as they came. An input's last byte picks the request's Content-Type; the bytes
 * before it are the body.
 */
class OciManifestFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final String[] CONTENT_TYPES = {OciManifest.OCI_MANIFEST, OciManifest.OCI_INDEX, "application/json", null};

    @FuzzTest(maxDuration = "20s")
    void parseReadsAManifestOrRefusesCleanly(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String contentType = data.pickValue(CONTENT_TYPES);
        byte[] content = data.consumeRemainingAsBytes();
        OciManifest manifest;
        try {
            manifest = OciManifest.parse(content, contentType);
        } catch (InvalidInputException refused) {
            assertEquals("manifest", refused.field());
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertArrayEquals(content, manifest.content());
        assertEquals("sha256:" + ManifestJson.sha256(content), manifest.digest());
        // what the registry asks of an accepted manifest must not throw either
        manifest.describesSif();
        manifest.blobSize();
    }
}
