package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return NamingRule.slug("thing", "Thing name", raw, MAX);
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
        assertEquals("Thing name is required", refused(raw).getMessage());
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
        assertEquals("Thing name '" + quoted + "' may contain only lowercase letters, digits and '-' (found '"
                + found + "')", refused(raw).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-abc", "abc-", "-", "--", " -abc "})
    void refusesDashAtEitherEnd(String raw) {
        assertEquals("Thing name '" + raw.trim() + "' must start and end with a letter or digit",
                refused(raw).getMessage());
    }

    @Test
    void refusesOverMaxLengthSayingTheLimit() {
        String message = refused("abcdefghijk").getMessage();
        assertTrue(message.startsWith("Thing name 'abcdefghijk' is 11 characters long"), message);
        assertTrue(message.endsWith("the limit is 10"), message);
    }
}
