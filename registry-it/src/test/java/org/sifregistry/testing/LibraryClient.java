package org.sifregistry.testing;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The real Apptainer library client (container-library-client, through the Go driver in src/test/go) pointed at the
 * test server: what {@code apptainer push/pull library://...} does, without Apptainer itself.
 */
public final class LibraryClient {

    /** The driver's own default; a 1 GiB push and pull on a slow machine stays well inside it. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private final Path driver = Tools.libclient();
    private final String baseUrl;
    private final String token;
    private final Map<String, String> environment;

    /** {@code token} may be null for anonymous use. */
    public LibraryClient(String token) {
        this(Api.BASE, token);
    }

    /** The client of the registry at {@code base}, such as one node of a cluster. */
    public LibraryClient(URI base, String token) {
        this(base, token, Map.of());
    }

    private LibraryClient(URI base, String token, Map<String, String> environment) {
        this.baseUrl = base.toString();
        this.token = token;
        this.environment = environment;
    }

    /** The same client trusting the certificates in the PEM file {@code certificates} and no others (SSL_CERT_FILE). */
    public LibraryClient trusting(Path certificates) {
        return new LibraryClient(URI.create(baseUrl), token, Map.of("SSL_CERT_FILE", certificates.toString()));
    }

    /** {@code ref} is {@code entity/collection/container}, without a tag. Returns the driver's output. */
    public Tools.Result push(Path file, String ref, String... tags) {
        return run(Map.of(), pushArgs(file, ref, tags)).orFail();
    }

    /** A push that may be refused: check the result, whose stderr has what the client printed. */
    public Tools.Result tryPush(Path file, String ref, String... tags) {
        return run(Map.of(), pushArgs(file, ref, tags));
    }

    /** A push with the client's debug log on stderr, which says whether it uploaded or found the image present. */
    public Tools.Result pushLogged(Path file, String ref, String... tags) {
        return run(Map.of("LIBCLIENT_DEBUG", "1"), pushArgs(file, ref, tags)).orFail();
    }

    /** A plain download, following the 303 like the Go HTTP client does. May fail: check the result. */
    public Tools.Result pull(String ref, String tag, Path out) {
        return run(Map.of(), "pull", ref, tag, out.toString());
    }

    /** The concurrent download: 303, then parallel Range requests of 5 MiB. May fail: check the result. */
    public Tools.Result concurrentPull(String ref, String tag, Path out) {
        return run(Map.of(), "cpull", ref, tag, out.toString());
    }

    /** {@code refAndTag} like {@code alice/c/n:v1}; the image as the client decoded it. */
    public JsonObject image(String refAndTag) {
        return json(run(Map.of(), "image", refAndTag).orFail());
    }

    /**
     * The client's SearchResults: {@code entity}, {@code collection}, {@code container}, {@code image} lists;
     * {@code filters} as {@code arch=amd64} or {@code signed=true}.
     */
    public JsonObject search(String value, String... filters) {
        List<String> args = new ArrayList<>(List.of("search", value));
        args.addAll(List.of(filters));
        return json(run(Map.of(), args.toArray(String[]::new)).orFail());
    }

    public Tools.Result delete(String refAndTag) {
        return run(Map.of(), "delete", refAndTag);
    }

    public JsonObject version() {
        return json(run(Map.of(), "version").orFail());
    }

    private static String[] pushArgs(Path file, String ref, String... tags) {
        List<String> args = new ArrayList<>(List.of("push", file.toString(), ref));
        args.addAll(List.of(tags));
        return args.toArray(String[]::new);
    }

    private Tools.Result run(Map<String, String> extra, String... args) {
        Map<String, String> environment = new HashMap<>(this.environment);
        environment.putAll(extra);
        List<String> command = new ArrayList<>(List.of(driver.toString(), "-base", baseUrl));
        if (token != null) {
            command.addAll(List.of("-token", token));
        }
        command.addAll(List.of(args));
        return Tools.run(TIMEOUT, environment, command.toArray(String[]::new));
    }

    /** The last line of stdout: push prints a summary line before its JSON, the others print JSON only. */
    private static JsonObject json(Tools.Result result) {
        String[] lines = result.stdout().strip().split("\n");
        try (JsonReader reader = Json.createReader(new StringReader(lines[lines.length - 1]))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("The driver printed no JSON object: " + result.describe(), e);
        }
    }
}
