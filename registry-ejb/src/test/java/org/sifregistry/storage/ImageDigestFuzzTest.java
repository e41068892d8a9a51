package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sifregistry.common.InvalidInputException;

/** Any text given as a version is refused with an {@link InvalidInputException} or read as a digest it prints back. */
class ImageDigestFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);

    @FuzzTest(maxDuration = "20s")
    void parseReadsADigestThatPrintsBackOrRefusesCleanly(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ImageDigest digest;
        try {
            digest = ImageDigest.parse(text);
        } catch (InvalidInputException refused) {
            assertEquals("version", refused.field());
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertEquals(digest, ImageDigest.parse(digest.version()), "the printed version reads back the same");
        assertEquals(ImageDigest.VERSION_LENGTH, digest.version().length());
    }
}
