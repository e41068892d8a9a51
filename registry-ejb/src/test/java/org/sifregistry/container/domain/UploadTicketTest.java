package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class UploadTicketTest {

    private static final Instant EXPIRES = Instant.parse("2024-07-02T15:00:00Z");
    private final UploadTicket ticket = new UploadTicket("alice", ContainerRef.of("dinosaur", "avocado", "latest"),
            EXPIRES);

    @Test
    void servesOnlyWhoAskedForIt() {
        assertTrue(ticket.isUsableBy("alice", EXPIRES.minusSeconds(1)));
        assertFalse(ticket.isUsableBy("bob", EXPIRES.minusSeconds(1)));
        assertFalse(ticket.isUsableBy("Alice", EXPIRES.minusSeconds(1)));
    }

    @Test
    void lapsesWhenItExpires() {
        assertFalse(ticket.isUsableBy("alice", EXPIRES));
        assertFalse(ticket.isUsableBy("alice", EXPIRES.plusSeconds(1)));
    }

    @Test
    void keepsWhatWillBePublished() {
        assertEquals(ContainerRef.of("dinosaur", "avocado", "latest"), ticket.ref());
    }
}
