package org.sifregistry.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sifregistry.common.InvalidInputException;

class TeamNameTest {

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new TeamName(raw));
        assertEquals("team", e.field());
        return e;
    }

    @ParameterizedTest
    @CsvSource({"Core-Facility,core-facility", "' Mixed-Case ',mixed-case"})
    void normalises(String raw, String expected) {
        assertEquals(expected, new TeamName(raw).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"  | Team name is required",
            "a_b   | Team name 'a_b' may contain only lowercase letters, digits and '-' (found '_')",
            "-ab   | Team name '-ab' must start and end with a letter or digit"})
    void refuses(String raw, String message) {
        assertEquals(message, refused(raw).getMessage());
    }

    @Test
    void maxLengthIsInclusive() {
        String longest = "a".repeat(TeamName.MAX_LENGTH);
        assertEquals(longest, new TeamName(longest).value());
        assertEquals("Team name '" + longest + "a' is 65 characters long; the limit is 64",
                refused(longest + "a").getMessage());
    }
}
