package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void isTrimmedLowercasedAndMatchedAnywhere() {
        assertEquals("%maint%", SearchText.of("  MAINT ").likePattern());
    }

    @Test
    void nothingTypedMatchesEverything() {
        assertEquals("%%", SearchText.of(null).likePattern());
    }

    @Test
    void isBounded() {
        assertEquals(SearchText.MAX_LENGTH, SearchText.of("x".repeat(1000)).value().length());
    }
}
