package org.sifregistry.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.InvalidInputException;

class CollectionNameTest {

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CollectionName(raw));
        assertEquals("collection", e.field());
        return e;
    }

    @ParameterizedTest
    @CsvSource({"Science,science", "' my-lab ',my-lab", "bio-2024,bio-2024"})
    void normalises(String raw, String expected) {
        CollectionName name = new CollectionName(raw);
        assertEquals(expected, name.value());
        assertEquals(expected, name.toString());
    }

    @Test
    void equalAfterNormalising() {
        assertEquals(new CollectionName("science"), new CollectionName(" SCIENCE "));
    }

    @Test
    void refusesMissing() {
        assertEquals("Collection name is required", refused(null).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"my_coll|_", "my.coll|.", "a/b|/", "naïve|ï", "my coll|' '"})
    void refusesOtherCharacters(String raw, String found) {
        assertEquals("Collection name '" + raw + "' may contain only lowercase letters, digits and '-' (found '"
                + found + "')", refused(raw).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-science", "science-"})
    void refusesDashAtEitherEnd(String raw) {
        assertTrue(refused(raw).getMessage().contains("must start and end with a letter or digit"));
    }

    @Test
    void maxLengthIsInclusive() {
        String longest = "a".repeat(CollectionName.MAX_LENGTH);
        assertEquals(longest, new CollectionName(longest).value());
        String message = refused(longest + "a").getMessage();
        assertTrue(message.endsWith("is 129 characters long; the limit is 128"), message);
    }
}
