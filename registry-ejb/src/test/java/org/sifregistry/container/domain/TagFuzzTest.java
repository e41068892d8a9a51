package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sifregistry.common.InvalidInputException;

/** Any text given as a tag is refused with an {@link InvalidInputException} or kept as a tag that keeps the rule. */
class TagFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final Pattern KEPT_RULE = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    @FuzzTest(maxDuration = "20s")
    void newTagKeepsTheRuleOrRefusesCleanly(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Tag tag;
        try {
            tag = new Tag(text);
        } catch (InvalidInputException refused) {
            assertEquals("tag", refused.field());
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertTrue(KEPT_RULE.matcher(tag.value()).matches() && !tag.value().contains(".."),
                () -> "accepted \"" + text + "\" as \"" + tag + "\"");
        assertTrue(tag.value().length() <= Tag.MAX_LENGTH, "accepted a tag over the limit");
        assertEquals(tag, new Tag(tag.value()), "a normalised tag normalises to itself");
    }
}
