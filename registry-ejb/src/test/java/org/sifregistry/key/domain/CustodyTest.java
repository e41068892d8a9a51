package org.sifregistry.key.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CustodyTest {

    @Test
    void aUserIdCarryingTheDirectorysAddressConfirmsTheKey() {
        assertEquals(Optional.of("Alice@Example.org"), Custody.confirmedEmail(
                List.of("Alice Example (work) <alice@example.org>"), "Alice@Example.org"));
        assertEquals(Optional.of("alice@example.org"), Custody.confirmedEmail(
                List.of("bob@example.org", "alice@example.org"), "alice@example.org"));
    }

    @Test
    void anotherAddressOrNoneConfirmsNothing() {
        assertEquals(Optional.empty(), Custody.confirmedEmail(List.of("Alice <alice@elsewhere.org>"),
                "alice@example.org"));
        assertEquals(Optional.empty(), Custody.confirmedEmail(List.of("Alice <alice@example.org>"), null));
        assertEquals(Optional.empty(), Custody.confirmedEmail(List.of("alice@example.org in a sentence"),
                "alice@example.org"));
    }
}
