package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given as a name is either refused with an {@link InvalidInputException} or comes back as a name that
 * keeps the rule. Every build runs the committed inputs, then fuzzes it for a few seconds (README's Test), each
 * input within the {@code @Timeout}.
 */
class NamingRuleFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final int MAX_LENGTH = 128;
    private static final Pattern KEPT_RULE = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    @FuzzTest(maxDuration = "20s")
    void slugAcceptsOnlyNamesThatKeepTheRuleAndRefusesTheRestCleanly(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        String name;
        try {
            name = NamingRule.slug("name", ErrorKey.WORD_CONTAINER_NAME, raw, MAX_LENGTH);
        } catch (InvalidInputException refused) {
            assertEquals("name", refused.field());
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertTrue(KEPT_RULE.matcher(name).matches(), () -> "accepted \"" + raw + "\" as \"" + name + "\"");
        assertTrue(name.length() <= MAX_LENGTH, "accepted a name over the limit");
        assertEquals(name, NamingRule.slug("name", ErrorKey.WORD_CONTAINER_NAME, name, MAX_LENGTH),
                "a normalised name normalises to itself");
    }
}
