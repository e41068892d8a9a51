package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.InvalidInputException;

class TagTest {

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Tag(raw));
        assertEquals("tag", e.field());
        return e;
    }

    @ParameterizedTest
    @CsvSource({
            "latest,latest",
            "V1.0,v1.0",
            "' 2024_06 ',2024_06",
            "1.0-rc1,1.0-rc1",
            "v1.,v1.",
            "build-,build-"})
    void normalises(String raw, String expected) {
        assertEquals(expected, new Tag(raw).value());
        assertEquals(expected, new Tag(raw).toString());
    }

    @Test
    void latestIsTheDefaultTagValue() {
        assertEquals("latest", Tag.LATEST.value());
        assertEquals(Tag.LATEST, new Tag("LATEST"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesMissing(String raw) {
        assertEquals("Tag is required", refused(raw).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "v1/0     | /",
            "v1 0     | \" \"",
            "v1:0     | :",
            "v1@0     | @",
            "v1+0     | +",
            "v1%2e    | %",
            "versión  | ó"})
    void refusesOtherCharactersNamingTheFirst(String raw, String found) {
        assertEquals("Tag '" + raw + "' may contain only lowercase letters, digits, '.', '_' and '-' (found '"
                + found + "')", refused(raw).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {".hidden", "-v1", "_v1", "."})
    void refusesStartOtherThanLetterOrDigit(String raw) {
        assertEquals("Tag '" + raw + "' must start with a letter or digit", refused(raw).getMessage());
    }

    @Test
    void refusesDoubleDot() {
        assertEquals("Tag 'v1..2' may not contain '..'", refused("v1..2").getMessage());
    }

    @Test
    void maxLengthIsInclusive() {
        String longest = "v" + "1".repeat(Tag.MAX_LENGTH - 1);
        assertEquals(longest, new Tag(longest).value());
        assertEquals("Tag '" + longest + "1' is 129 characters long; the limit is 128",
                refused(longest + "1").getMessage());
    }
}
