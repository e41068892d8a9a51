package org.sifregistry.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.audit.domain.AuditEntry;
import org.sifregistry.audit.domain.AuditOutcome;

class AuditTrailTest {

    @Test
    void anEventIsOneJsonLineWithoutTheFieldsItLacks() {
        AuditEntry failed = new AuditEntry(Instant.parse("2026-12-02T10:00:00Z"), "mallory", AuditAction.SIGN_IN_FAILED,
                "mallory", null, "10.0.0.7", "curl/8.5\n{\"forged\":1}", AuditOutcome.FAILURE, "basic");

        String line = AuditTrail.jsonLine(failed);

        assertEquals(1, line.lines().count(), "a line break the client sent stays inside its JSON string");
        JsonObject json = Json.createReader(new StringReader(line)).readObject();
        assertEquals("SIGN_IN_FAILED", json.getString("action"));
        assertEquals("curl/8.5\n{\"forged\":1}", json.getString("userAgent"));
        assertEquals(false, json.containsKey("digest"));
    }
}
