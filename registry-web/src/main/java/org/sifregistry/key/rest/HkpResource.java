package org.sifregistry.key.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.key.application.KeyService;
import org.sifregistry.key.application.KeySummary;
import org.sifregistry.key.domain.KeySearch;

/**
 * The OpenPGP HTTP Keyserver Protocol as the Apptainer key client speaks it (draft-shaw-openpgp-hkp, sections 3 to
 * 5): {@code GET /pks/lookup?op=get|index|vindex&search=...&options=mr} and {@code POST /pks/add} with the form
 * field {@code keytext}. Lookups are open to anyone; adding needs a signed-in user or an API token (a push token:
 * a pull token may only read). Index pages follow {@code x-pagesize} and {@code x-pagetoken}, and say where the next
 * page starts in {@code X-HKP-Next-Page-Token}. Errors come in the library API's JSON form, which the client prints.
 */
@Path("pks")
@Tag(name = "keystore")
public class HkpResource {

    static final int MAX_PAGE_SIZE = 100;
    static final String NEXT_PAGE = "X-HKP-Next-Page-Token";
    private static final MediaType PGP_KEYS = new MediaType("application", "pgp-keys");

    @Inject
    private KeyService keys;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @GET
    @Path("lookup")
    public Response lookup(@QueryParam("op") String operation, @QueryParam("search") String search,
                           @QueryParam("x-pagesize") @DefaultValue("100") int pageSize,
                           @QueryParam("x-pagetoken") @DefaultValue("0") String pageToken) {
        KeySearch query = KeySearch.parse(search);
        PageRequest page = page(pageSize, pageToken);
        String op = operation == null ? "" : operation.toLowerCase(Locale.ROOT);
        return switch (op) {
            case "get" -> Response.ok(String.join("\n", keys.armored(query, page)), PGP_KEYS).build();
            case "index", "vindex" -> index(keys.index(query, new PageRequest(page.offset(), page.limit() + 1)),
                    page);
            default -> throw new InvalidInputException("op", ErrorKey.KEY_OPERATION, String.valueOf(operation));
        };
    }

    /** The machine-readable index (section 5.2), one more key asked for than shown, to tell whether more follow. */
    private Response index(List<KeySummary> found, PageRequest page) {
        if (found.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("info:1:0\n").build();
        }
        List<KeySummary> shown = found.subList(0, Math.min(found.size(), page.limit()));
        StringBuilder text = new StringBuilder("info:1:").append(shown.size()).append('\n');
        for (KeySummary key : shown) {
            text.append("pub:").append(key.fingerprint()).append(':').append(key.algorithm()).append(':')
                    .append(key.bits()).append(':').append(epoch(key.created())).append(':')
                    .append(epoch(key.expires())).append(':').append(flags(key)).append('\n');
            for (String userId : key.userIds()) {
                text.append("uid:").append(escape(userId)).append(":::").append(flags(key)).append('\n');
            }
        }
        Response.ResponseBuilder answer = Response.ok(text.toString(), MediaType.TEXT_PLAIN_TYPE);
        if (found.size() > page.limit()) {
            answer.header(NEXT_PAGE, Integer.toString(page.offset() + page.limit()));
        }
        return answer.build();
    }

    private String flags(KeySummary key) {
        return key.revoked() ? "r" : key.expires() != null && !key.expires().isAfter(clock.instant()) ? "e" : "";
    }

    private static String epoch(Instant instant) {
        return instant == null ? "" : Long.toString(instant.getEpochSecond());
    }

    /** Section 5.2: user ids are URL-escaped, so that a colon in one cannot break the line. */
    private static String escape(String userId) {
        return URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static PageRequest page(int size, String token) {
        int offset;
        try {
            offset = Integer.parseInt(token.strip());
        } catch (NumberFormatException e) {
            offset = -1;
        }
        if (offset < 0) {
            throw new InvalidInputException("x-pagetoken", ErrorKey.PAGE_OFFSET, token);
        }
        return new PageRequest(offset, Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    /** Adds the keys of {@code keytext} for the caller, and says what it did: the client shows it. */
    @POST
    @Path("add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Response add(@FormParam("keytext") String keyText) {
        StringBuilder said = new StringBuilder();
        for (KeySummary key : keys.add(keyText, caller)) {
            said.append(said.isEmpty() ? "" : "\n").append("Key ").append(key.fingerprint()).append(" of ")
                    .append(key.owner()).append(key.confirmedEmail() == null
                            ? " added; none of its user ids carries the e-mail address the directory has for you,"
                            + " so it is not confirmed"
                            : " added, confirmed by the directory's address " + key.confirmedEmail());
        }
        return Response.ok(said.toString(), MediaType.TEXT_PLAIN_TYPE).build();
    }
}
