package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamingRuleTest {

    private static final int MAX = 10;

    private static String slug(String raw) {
        return NamingRule.slug("thing", ErrorKey.WORD_TOPIC_TAG, raw, MAX);
    }

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> slug(raw));
        assertEquals("thing", e.field());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "science|science",
            "Science|science",
            "MY-COLL|my-coll",
            "  padded\t|padded",
            "a-b--c|a-b--c",
            "007|007",
            "x|x",
            "aaaaaaaaaa|aaaaaaaaaa"})
    void acceptsAndNormalises(String raw, String expected) {
        assertEquals(expected, slug(raw));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesMissing(String raw) {
        assertEquals("Topic tag is required", refused(raw).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "my_coll|my_coll|_",
            "my.coll|my.coll|.",
            "my coll|my coll| ",
            "a/b|a/b|/",
            "café|café|é",
            "\u212Aelvin|\u212Aelvin|\u212A",
            "ok😀|ok😀|😀",
            "a:b@c|a:b@c|:"})
    void refusesOtherCharactersNamingTheFirst(String raw, String quoted, String found) {
        assertEquals("Topic tag '" + quoted + "' may contain only lowercase letters, digits and '-' (found '"
                + found + "')", refused(raw).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-abc", "abc-", "-", "--", " -abc "})
    void refusesDashAtEitherEnd(String raw) {
        assertEquals("Topic tag '" + raw.trim() + "' must start and end with a letter or digit",
                refused(raw).getMessage());
    }

    @Test
    void refusesOverMaxLengthSayingTheLimit() {
        String message = refused("abcdefghijk").getMessage();
        assertTrue(message.startsWith("Topic tag 'abcdefghijk' is 11 characters long"), message);
        assertTrue(message.endsWith("the limit is 10"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "name\\u0001     | U+0001",
            "\\u0001name     | U+0001",
            "na\\u0000me     | U+0000",
            "name\\u001F     | U+001F",
            "name\\u202Efdp  | U+202E",
            "name\\u200B     | U+200B",
            "na\\nme         | U+000A"})
    void refusesControlCharactersAnywhereAndNamesThem(String escaped, String found) {
        String raw = unescape(escaped);
        String message = refused(raw).getMessage();
        assertTrue(message.endsWith("(found " + found + ")"), message);
        assertFalse(message.codePoints().anyMatch(UserText::isInvisible), "shown, not echoed: " + message);
    }

    @Test
    void quotesOnlyTheStartOfAnOverlongName() {
        String message = refused("a".repeat(10_000) + "_").getMessage();
        assertTrue(message.length() < 400, message);
        assertTrue(message.contains("...' (10001 characters)"), message);
    }

    /** Reads the escapes the CSV spells out: javac would turn a real unicode escape in the source into the character. */
    private static String unescape(String escaped) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.startsWith("\\u", i)) {
                text.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (escaped.startsWith("\\n", i)) {
                text.append('\n');
                i++;
            } else {
                text.append(escaped.charAt(i));
            }
        }
        return text.toString();
    }
}
