package org.sifregistry.audit.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.audit.domain.AuditEntry;
import org.sifregistry.audit.domain.AuditOutcome;

class AuditCsvTest {

    @Test
    void writesOneLinePerEventWithEmptyFieldsForWhatIsMissing() {
        AuditEntry push = new AuditEntry(Instant.parse("2026-12-02T10:00:00Z"), "alice", AuditAction.PUSH,
                "science/rocks:v1", "sha256.ab", "127.0.0.1", null, AuditOutcome.SUCCESS, null);

        assertEquals("2026-12-02T10:00:00Z,alice,PUSH,science/rocks:v1,sha256.ab,127.0.0.1,,SUCCESS,\r\n",
                AuditCsv.line(push));
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertEquals("\"a, \"\"b\"\"\nc\"", AuditCsv.field("a, \"b\"\nc"));
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaReadsAsText() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditCsv.field("=HYPERLINK(\"x\")"));
        assertEquals("'+1", AuditCsv.field("+1"));
        assertEquals("'@SUM(A1)", AuditCsv.field("@SUM(A1)"));
        assertEquals("curl/8.5", AuditCsv.field("curl/8.5"));
    }
}
