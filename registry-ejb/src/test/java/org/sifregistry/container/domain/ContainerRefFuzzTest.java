package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sifregistry.common.InvalidInputException;

/**
 * Any text given as a reference is refused with an {@link InvalidInputException} or read as a reference whose
 * canonical form reads back the same; this covers the collection, container name, tag and version parsers behind it.
 */
class ContainerRefFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);

    @FuzzTest(maxDuration = "20s")
    void parseReadsAReferenceThatPrintsBackOrRefusesCleanly(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ContainerRef ref;
        try {
            ref = ContainerRef.parse(text);
        } catch (InvalidInputException refused) {
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertEquals(ref, ContainerRef.parse(ref.toString()), "the canonical form reads back the same");
    }
}
