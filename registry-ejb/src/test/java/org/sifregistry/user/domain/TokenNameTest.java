package org.sifregistry.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.InvalidInputException;

class TokenNameTest {

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new TokenName(raw));
        assertEquals("name", e.field());
        return e;
    }

    @Test
    void dropsTheBlanksAroundIt() {
        assertEquals("CI laptop", new TokenName("  CI laptop ").value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesMissing(String raw) {
        assertEquals("A token needs a name, so you can tell it apart later", refused(raw).getMessage());
    }

    @Test
    void fitsItsColumn() {
        String longest = "t".repeat(TokenName.MAX_LENGTH);
        assertEquals(longest, new TokenName(longest).value());
        assertEquals("A token name is at most 64 characters", refused(longest + "t").getMessage());
    }
}
