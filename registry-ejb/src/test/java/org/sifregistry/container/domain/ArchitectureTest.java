package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.InvalidInputException;

class ArchitectureTest {

    @ParameterizedTest
    @CsvSource({"amd64,amd64", "ARM64,arm64", "' ppc64le ',ppc64le", "386,386", "mips64_le,mips64_le", "arm-v7,arm-v7"})
    void acceptsGoArchitectureNames(String raw, String expected) {
        assertEquals(expected, new Architecture(raw).value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesMissing(String raw) {
        assertEquals("An architecture is required, such as amd64", refused(raw).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "../../etc       | '.'",
            "amd64/../x      | '/'",
            "<script>        | '<'",
            "amd 64          | ' '",
            "amd64%00        | '%'"})
    void refusesOtherCharactersNamingTheFirst(String raw, String found) {
        String message = refused(raw).getMessage();
        assertTrue(message.endsWith("may contain only letters, digits, '_' and '-' (found " + found + ")"), message);
    }

    @Test
    void refusesControlCharactersByCodePoint() {
        assertTrue(refused("amd64\u0000").getMessage().endsWith("(found U+0000)"));
        assertTrue(refused("amd64\u202E").getMessage().contains("'amd64[U+202E]'"));
    }

    @Test
    void refusesOverlongSayingTheLimit() {
        String message = refused("a".repeat(10_000)).getMessage();
        assertTrue(message.endsWith("is 10000 characters long; the limit is " + Container.ARCHITECTURE_MAX_LENGTH),
                message);
        assertTrue(message.length() < 400, message);
    }

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Architecture(raw));
        assertEquals("arch", e.field());
        return e;
    }
}
