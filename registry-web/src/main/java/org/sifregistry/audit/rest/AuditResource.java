package org.sifregistry.audit.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.audit.application.AuditTrail;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.audit.domain.AuditEntry;
import org.sifregistry.audit.domain.AuditQuery;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.rest.Listing;
import org.sifregistry.common.rest.PageParameters;

/**
 * The audit trail for admins: {@code /api/admin/audit} pages it newest first as JSON, {@code /api/admin/audit.csv}
 * gives every matching event. Both filter by {@code action}, {@code actor} (exactly), {@code target} (a part of it),
 * and {@code from} and {@code until} (ISO instants, {@code until} not included).
 */
@Path("admin")
@Tag(name = "audit")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class AuditResource {

    @Inject
    private AuditTrail trail;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    public Listing<AuditEntry> list(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                    @QueryParam("target") String target, @QueryParam("from") String from,
                                    @QueryParam("until") String until, @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        AuditQuery query = query(action, actor, target, from, until);
        return Listing.of(trail.list(query, page, caller), trail.count(query, caller), page);
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("action") String action, @QueryParam("actor") String actor,
                        @QueryParam("target") String target, @QueryParam("from") String from,
                        @QueryParam("until") String until) {
        AuditQuery asked = query(action, actor, target, from, until);
        // Up to now: events recorded while the export runs would shift its pages
        AuditQuery query = asked.until() != null ? asked
                : new AuditQuery(asked.action(), asked.actor(), asked.target(), asked.from(), clock.instant());
        // Counted before the answer starts, so that a refusal is a 403 rather than a broken download
        long total = trail.count(query, caller);
        StreamingOutput body = output -> {
            Writer csv = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            csv.write(AuditCsv.HEADER);
            for (int offset = 0; offset < total; offset += PageRequest.MAX_LIMIT) {
                for (AuditEntry entry : trail.list(query, new PageRequest(offset, PageRequest.MAX_LIMIT), caller)) {
                    csv.write(AuditCsv.line(entry));
                }
            }
            csv.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    private static AuditQuery query(String action, String actor, String target, String from, String until) {
        return new AuditQuery(action(action), actor, target, instant("from", from), instant("until", until));
    }

    private static AuditAction action(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", ErrorKey.AUDIT_ACTION, name);
        }
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, ErrorKey.AUDIT_INSTANT, text);
        }
    }
}
