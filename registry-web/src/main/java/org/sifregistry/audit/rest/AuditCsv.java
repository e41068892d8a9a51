package org.sifregistry.audit.rest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sifregistry.audit.domain.AuditEntry;

/** Audit events as RFC 4180 CSV lines, safe to open in a spreadsheet. */
final class AuditCsv {

    static final String HEADER = "at,actor,action,target,digest,client_address,user_agent,outcome,detail\r\n";

    private AuditCsv() {
    }

    static String line(AuditEntry e) {
        return Stream.of(e.at().toString(), e.actor(), e.action().name(), e.target(), e.digest(), e.clientAddress(),
                        e.userAgent(), e.outcome().name(), e.detail())
                .map(AuditCsv::field)
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    /**
     * Quoted when it holds a comma, quote or line break; and a value a spreadsheet would run as a formula (a user
     * agent is whatever the client says) starts with a quote mark, so that it reads as text.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = List.of('=', '+', '-', '@', '\t', '\r').contains(value.isEmpty() ? ' ' : value.charAt(0))
                ? "'" + value : value;
        boolean quoted = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
