package org.sifregistry.sif;

import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A definition file is someone's build recipe and the parser is lenient: whatever the text, parsing it and asking
 * for what the registry shows (header, labels, sections, operating system) throws nothing.
 */
class DefinitionFileFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);

    @FuzzTest(maxDuration = "20s")
    void parseAndEveryQueryThrowNothing(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        DefinitionFile definition = DefinitionFile.parse(text);

        definition.header("bootstrap");
        definition.header("from");
        definition.section("runscript");
        definition.section("help");
        definition.operatingSystem();
        assertTrue(definition.labels().size() <= text.length(), "more labels than characters");
    }
}
