package org.sifregistry.audit.application;

import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.sifregistry.audit.domain.AuditEntry;
import org.sifregistry.audit.domain.AuditEvent;
import org.sifregistry.audit.domain.AuditQuery;
import org.sifregistry.audit.domain.AuditRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.PageRequest;

/**
 * The audit trail: each event stored in the database, for the admins' list and export, and written as one JSON line
 * to the logger {@value #LOGGER}, which wildfly-config gives a file handler of its own (audit.log) for a SIEM or
 * syslog to read.
 */
@Stateless
public class AuditTrail {

    public static final String LOGGER = "org.sifregistry.audit";

    private static final Logger LOG = Logger.getLogger(LOGGER);

    @Inject
    private AuditRepository events;

    /** In a thread and a transaction of its own: the request that caused it has already been answered. */
    @Asynchronous
    public void store(AuditEntry entry) {
        events.add(new AuditEvent(entry));
        LOG.info(() -> jsonLine(entry));
    }

    /** Newest first. Admins only. */
    public List<AuditEntry> list(AuditQuery query, PageRequest page, Caller caller) {
        caller.requireAdmin(ErrorKey.AUDIT_ADMIN_ONLY);
        return events.page(query, page).stream().map(AuditEvent::entry).toList();
    }

    public long count(AuditQuery query, Caller caller) {
        caller.requireAdmin(ErrorKey.AUDIT_ADMIN_ONLY);
        return events.count(query);
    }

    static String jsonLine(AuditEntry entry) {
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("at", entry.at().toString())
                .add("action", entry.action().name())
                .add("outcome", entry.outcome().name());
        addUnlessNull(line, "actor", entry.actor());
        addUnlessNull(line, "target", entry.target());
        addUnlessNull(line, "digest", entry.digest());
        addUnlessNull(line, "clientAddress", entry.clientAddress());
        addUnlessNull(line, "userAgent", entry.userAgent());
        addUnlessNull(line, "detail", entry.detail());
        return line.build().toString();
    }

    private static void addUnlessNull(JsonObjectBuilder line, String name, String value) {
        if (value != null) {
            line.add(name, value);
        }
    }
}
