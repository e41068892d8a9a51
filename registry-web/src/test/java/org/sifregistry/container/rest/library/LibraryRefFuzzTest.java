package org.sifregistry.container.rest.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.domain.ContainerRef;

/**
 * Any library reference ({@code entity/collection/container:tag} and its shorter forms) is refused with an
 * {@link InvalidInputException} or read onto a registry reference, and its entity is found without throwing.
 */
class LibraryRefFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final String DEFAULT_COLLECTION = "library";

    @FuzzTest(maxDuration = "20s")
    void parseReadsAReferenceOrRefusesCleanly(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        LibraryRef.entity(text);
        ContainerRef ref;
        try {
            ref = LibraryRef.parse(text, DEFAULT_COLLECTION);
        } catch (InvalidInputException refused) {
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertEquals(ref, ContainerRef.parse(ref.toString()), "what it reads is a reference of the registry");
    }
}
