package org.sifregistry.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.InvalidInputException;

class UsernameTest {

    private static InvalidInputException refused(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Username(raw));
        assertEquals("username", e.field());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Alice.Smith", "alice@example.org", "j.doe_2", "cn with space", "müller"})
    void takesWhatAnyRealmGivesAsItIs(String name) {
        assertEquals(name, new Username(name).value());
    }

    @Test
    void dropsTheBlanksAroundIt() {
        assertEquals("bob", new Username("  bob\t").value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesMissing(String raw) {
        assertEquals("A user name is required", refused(raw).getMessage());
    }

    @Test
    void fitsItsColumn() {
        String longest = "a".repeat(Username.MAX_LENGTH);
        assertEquals(longest, new Username(" " + longest + " ").value());
        assertEquals("A user name is at most 255 characters", refused(longest + "a").getMessage());
    }
}
