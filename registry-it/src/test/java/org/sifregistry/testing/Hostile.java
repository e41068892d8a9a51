package org.sifregistry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

/**
 * Hostile input for the black-box tests: names and references that try path traversal (plain, encoded, double
 * encoded), smuggle control and invisible characters or markup, or are absurdly long, each around a unique marker so
 * that a test can prove afterwards that nothing was stored under it. Also raw requests whose paths reach the server
 * exactly as written, since {@link Api#request} resolves, and so normalises away, {@code ../}.
 */
public final class Hostile {

    /** Names the registry would take; the marker stays findable by search if anything is stored. */
    private static final String MARKER = "{m}";

    private static final String OVERLONG = "a".repeat(10_000);

    /**
     * A hostile name: {@code label} for the test's display name, {@code template} as it is written into a URL (already
     * percent-encoded where needed) around the marker. {@code resolvedByServer}: in a URL path the server resolves it
     * away before any routing (a literal {@code ../}), so the request reaches another address, not the API.
     */
    public record Input(String label, String template, boolean resolvedByServer) {

        Input(String label, String template) {
            this(label, template, false);
        }

        /** The name as written into a URL path or query, around {@code marker}. */
        public String pathForm(String marker) {
            return template.replace(MARKER, marker);
        }

        /** The name as a client means it (decoded once), for JSON bodies. */
        public String text(String marker) {
            return URLDecoder.decode(pathForm(marker).replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Every hostile name; none of them may ever become a stored name. */
    public static final List<Input> NAMES = List.of(
            new Input("parent directories ../", "../../" + MARKER, true),
            new Input("encoded slash ..%2F", "..%2F..%2F" + MARKER),
            new Input("encoded dots %2e%2e/", "%2e%2e/" + MARKER),
            new Input("encoded dots and slash %2e%2e%2f", "%2e%2e%2f" + MARKER),
            new Input("double-encoded %252e%252e%252f", "%252e%252e%252f" + MARKER),
            new Input("backslashes ..\\", "..%5C..%5C" + MARKER),
            new Input("absolute path /etc", "%2Fetc%2F" + MARKER),
            new Input("NUL byte", MARKER + "%00.sif"),
            new Input("10 000 characters", MARKER + OVERLONG),
            new Input("right-to-left override", MARKER + "%E2%80%AEfis"),
            new Input("zero-width space", MARKER + "%E2%80%8B"),
            new Input("control character", MARKER + "%01"),
            new Input("newline", MARKER + "%0Ax"),
            new Input("CRLF and a header", MARKER + "%0D%0ASet-Cookie:%20x=1"),
            new Input("script tag", MARKER + "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
            new Input("Kelvin sign that lowercases to k", MARKER + "%E2%84%AA"),
            new Input("space inside", MARKER + "%20x"),
            new Input("SQL quote", MARKER + "'%20OR%201=1--"));

    /** Statuses a refused hostile request may get; never 2xx, 3xx or 5xx. */
    public static final Set<Integer> REFUSALS = Set.of(400, 403, 404);

    private Hostile() {
    }

    /** A request to {@code pathOrQuery} (relative to {@link Api#BASE}) sent exactly as written. */
    public static HttpRequest.Builder raw(String pathOrQuery) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + pathOrQuery)).timeout(Duration.ofMinutes(1));
    }

    /**
     * Checks a refusal: one of {@code allowed}, in the error envelope, with a message that is short enough to read
     * and carries no control character (an echoed newline or NUL would reach a terminal or a log).
     */
    public static String refused(Reply reply, Set<Integer> allowed) {
        assertTrue(allowed.contains(reply.status()), reply.request() + " answered " + reply.status()
                + ", expected one of " + allowed + ": " + abbreviated(reply.text()));
        String message = reply.expectError(reply.status());
        assertTrue(message.length() <= 500, "a message to read, not an echo: " + message.length() + " characters");
        assertFalse(message.codePoints().anyMatch(Hostile::isInvisible),
                "the message shows no control or invisible character raw: " + message);
        return message;
    }

    /** Control, format (RTL override, zero-width) and other characters a reader cannot see. */
    public static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /** Asserts that a library search for the marker finds no collection and no container. */
    public static void nothingStoredUnder(Api api, String marker, String bearer) {
        JsonObject found = api.get("v1/search?value=" + marker, bearer).expect(200).data();
        assertEquals(List.of(), names(found, "collection"), "no collection was stored under " + marker);
        assertEquals(List.of(), names(found, "container"), "no container was stored under " + marker);
    }

    public static List<String> names(JsonObject searchResult, String kind) {
        return searchResult.getJsonArray(kind).getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("name")).collect(Collectors.toList());
    }

    /** How long the server log is: mark it before a test, then read what the test made it write. */
    public static LogMark serverLogMark() {
        return LogMark.at(serverLog());
    }

    /** The lines the server logged since {@code mark} that report a request failure with a stack trace. */
    public static List<String> requestFailuresLoggedSince(LogMark mark) {
        return mark.appended().lines()
                .filter(line -> line.contains("Request failed, incident") || line.contains("UT005023")
                        || line.contains("RESTEASY002") || line.contains("UT005071"))
                .toList();
    }

    private static Path serverLog() {
        String base = System.getProperty("it.server.base");
        Path dir = base != null ? Paths.get(base) : Tools.targetDir().resolve("it-server");
        return dir.resolve("log/server.log");
    }

    public static String abbreviated(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
