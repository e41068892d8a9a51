package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sifregistry.common.InvalidInputException;

/**
 * Any {@code Range} header against any image size is refused with an {@link InvalidInputException} (416 included,
 * as its {@link RangeNotSatisfiableException} subclass) or read as a non-empty range inside the image.
 * An input is the image size in its last 8 bytes (little-endian) and the header before them.
 */
class ByteRangeFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);

    @FuzzTest(maxDuration = "20s")
    void parseGivesARangeInsideTheImageOrRefusesCleanly(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        // Not consumeLong(0, Long.MAX_VALUE): Jazzer 0.24 gives negative values for that range.
        long total = data.consumeLong() & Long.MAX_VALUE;
        String header = data.consumeRemainingAsString();
        ByteRange range;
        try {
            range = ByteRange.parse(header, total);
        } catch (InvalidInputException refused) {
            assertEquals("range", refused.field());
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertTrue(range.length() > 0, () -> header + " of " + total + " gave an empty range " + range);
        assertTrue(range.start() >= 0 && range.end() < total,
                () -> header + " of " + total + " gave " + range + ", outside the image");
    }
}
