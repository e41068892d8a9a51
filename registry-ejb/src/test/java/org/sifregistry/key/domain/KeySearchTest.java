package org.sifregistry.key.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

class KeySearchTest {

    @Test
    void hexAfterZeroXNamesAKeyByItsLength() {
        String fingerprint = KeyFixtures.ALICE_FINGERPRINT.toLowerCase();
        assertEquals(new KeySearch(KeySearch.Kind.FINGERPRINT, KeyFixtures.ALICE_FINGERPRINT),
                KeySearch.parse("0x" + fingerprint));
        assertEquals(KeySearch.Kind.KEY_ID, KeySearch.parse("0X" + fingerprint.substring(24)).kind());
        assertEquals(KeySearch.Kind.SHORT_KEY_ID, KeySearch.parse("0x" + fingerprint.substring(32)).kind());
        assertEquals(KeySearch.Kind.FINGERPRINT, KeySearch.parse("0x" + "ab".repeat(32)).kind());
    }

    @Test
    void otherTextSearchesUserIdsInAnyCase() {
        assertEquals(new KeySearch(KeySearch.Kind.TEXT, "alice@example.org"), KeySearch.parse(" Alice@Example.org "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x123", "0xZZZZZZZZ", "0x" + "a"})
    void hexOfNoKeyLengthIsRefused(String search) {
        assertEquals(ErrorKey.KEY_SEARCH_HEX,
                assertThrows(InvalidInputException.class, () -> KeySearch.parse(search)).key());
    }

    @Test
    void emptyOrTooShortSearchesAreRefused() {
        assertEquals(ErrorKey.KEY_SEARCH_REQUIRED,
                assertThrows(InvalidInputException.class, () -> KeySearch.parse(null)).key());
        assertEquals(ErrorKey.KEY_SEARCH_TEXT,
                assertThrows(InvalidInputException.class, () -> KeySearch.parse("al")).key());
    }
}
