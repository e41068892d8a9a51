package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sifregistry.common.InvalidInputException;

class TopicNameTest {

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new TopicName(raw));
        assertEquals("topic", e.field());
        return e;
    }

    @ParameterizedTest
    @CsvSource({"Biology,biology", "' Mixed-Case ',mixed-case"})
    void normalises(String raw, String expected) {
        assertEquals(expected, new TopicName(raw).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"  | Topic tag is required",
            "a_b   | Topic tag 'a_b' may contain only lowercase letters, digits and '-' (found '_')",
            "-ab   | Topic tag '-ab' must start and end with a letter or digit"})
    void refuses(String raw, String message) {
        assertEquals(message, refused(raw).getMessage());
    }

    @Test
    void maxLengthIsInclusive() {
        String longest = "a".repeat(TopicName.MAX_LENGTH);
        assertEquals(longest, new TopicName(longest).value());
        assertEquals("Topic tag '" + longest + "a' is 65 characters long; the limit is 64",
                refused(longest + "a").getMessage());
    }
}
