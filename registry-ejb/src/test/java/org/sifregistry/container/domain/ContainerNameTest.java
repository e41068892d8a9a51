package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sifregistry.common.InvalidInputException;

class ContainerNameTest {

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ContainerName(raw));
        assertEquals("name", e.field());
        return e;
    }

    @ParameterizedTest
    @CsvSource({"Blast,blast", "' Mixed-Case ',mixed-case"})
    void normalises(String raw, String expected) {
        assertEquals(expected, new ContainerName(raw).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"  | Container name is required",
            "a_b   | Container name 'a_b' may contain only lowercase letters, digits and '-' (found '_')",
            "-ab   | Container name '-ab' must start and end with a letter or digit"})
    void refuses(String raw, String message) {
        assertEquals(message, refused(raw).getMessage());
    }

    @Test
    void maxLengthIsInclusive() {
        String longest = "a".repeat(ContainerName.MAX_LENGTH);
        assertEquals(longest, new ContainerName(longest).value());
        assertEquals("Container name '" + longest + "a' is 129 characters long; the limit is 128",
                refused(longest + "a").getMessage());
    }

    @Test
    void suffixesRunFromTheWholeNameToItsLastCharacter() {
        assertEquals(List.of("r-sc", "-sc", "sc", "c"), new ContainerName("r-sc").suffixes());
    }
}
