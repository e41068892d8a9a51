package org.sifregistry.container.rest.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any repository name in an OCI path is refused with an {@link OciException} NAME_INVALID or taken exactly as it
 * is written, as {@code collection/name} or a name in the default collection.
 */
class RepositoryNameFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final String DEFAULT_COLLECTION = "library";

    @FuzzTest(maxDuration = "20s")
    void parseTakesANameAsWrittenOrRefusesItAsNameInvalid(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        RepositoryName name;
        try {
            name = RepositoryName.parse(text, DEFAULT_COLLECTION);
        } catch (OciException refused) {
            assertEquals(OciError.NAME_INVALID, refused.code());
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        String written = text.contains("/") ? name.collection() + "/" + name.name() : name.name().value();
        assertEquals(text, written, "a name is taken only as it is written");
        assertEquals(text, name.text());
    }
}
