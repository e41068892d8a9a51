package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserTextTest {

    @Test
    void quotesShortTextAsItIs() {
        assertEquals("'science/rocks:v1'", UserText.quoted("science/rocks:v1"));
        assertEquals("'<script>alert(1)</script>'", UserText.quoted("<script>alert(1)</script>"));
        assertEquals("nothing", UserText.quoted(null));
    }

    @Test
    void spellsOutWhatCannotBeSeen() {
        assertEquals("'a[U+0000]b[U+000A]c[U+202E]d[U+200B]e[U+0009]f'",
                UserText.quoted("a\0b\nc\u202Ed\u200Be\tf"));
        assertEquals("U+0001", UserText.character(1));
        assertEquals("'_'", UserText.character('_'));
        assertEquals("'\u212A'", UserText.character('\u212A'), "a visible non-ASCII letter stays itself");
    }

    @Test
    void cutsLongTextAndSaysHowLongItWas() {
        String quoted = UserText.quoted("a".repeat(10_000));

        assertEquals("'" + "a".repeat(UserText.QUOTE_LIMIT) + "...' (10000 characters)", quoted);
    }

    @Test
    void abbreviatesAParsersMessageWithoutQuotingIt() {
        assertEquals("Unexpected char [U+0000] at 3", UserText.abbreviated("Unexpected char \0 at 3"));
        assertEquals("x".repeat(UserText.QUOTE_LIMIT) + "...", UserText.abbreviated("x".repeat(20_000)));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(UserText.QUOTE_LIMIT);
        assertEquals("'" + emoji + "'", UserText.quoted(emoji), "exactly at the limit, nothing is cut");
        assertFalse(UserText.quoted(emoji + "x").contains("\uD83D'"), "never half a character");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
            "  padded  |padded",
            "\"\t\r\npadded\n\"|padded",
            "in side|in side",
            "\"   \"|\"\""})
    void trimsOnlyBlanks(String raw, String expected) {
        assertEquals(expected, UserText.trimmed(raw));
    }

    @Test
    void keepsControlCharactersAtTheEndsForARuleToRefuse() {
        assertEquals("\u0001name\u001F", UserText.trimmed(" \u0001name\u001F "));
        assertEquals("name\u0000", UserText.trimmed("name\u0000"));
        assertTrue(UserText.isInvisible('\u00A0'), "a no-break space is not a plain space");
        assertFalse(UserText.isInvisible(' '));
    }
}
