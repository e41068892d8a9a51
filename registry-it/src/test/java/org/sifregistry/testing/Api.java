package org.sifregistry.testing;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.net.ssl.SSLContext;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The registry's HTTP APIs as a command-line client reaches them, for the black-box ({@code @RunAsClient}) tests:
 * plain {@link HttpClient} calls, JSON-P bodies, optional bearer tokens.
 */
public final class Api {

    /** Where the EAR's web module answers (context root "/"). */
    public static final URI BASE = URI.create("http://127.0.0.1:8080/");

    // Uploads and downloads of test images; generous because a CI machine may be slow, not because we expect it.
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);

    // HTTP/1.1 as the Apptainer clients speak it over http://, without the h2c upgrade Java would try first.

    /** Never follows redirects: the tests look at the 303s and Locations themselves. */
    private final HttpClient http;

    /** Follows redirects, as the shub client does when it fetches an image URL. */
    private final HttpClient following;

    /** A path relative to {@link #BASE} ("v1/version"), or an absolute URL the server handed out. */
    public static URI uri(String pathOrUrl) {
        return BASE.resolve(pathOrUrl);
    }

    public static HttpRequest.Builder request(String pathOrUrl) {
        return HttpRequest.newBuilder(uri(pathOrUrl)).timeout(REQUEST_TIMEOUT);
    }

    private final URI base;

    /** The registry at {@link #BASE}. */
    public Api() {
        this(BASE);
    }

    /** The registry at {@code base}, such as one node of a cluster. */
    public Api(URI base) {
        this(base, null);
    }

    /** The registry at an https {@code base}, whose certificate {@code tls} trusts (null: the JDK's defaults). */
    public Api(URI base, SSLContext tls) {
        this.base = base;
        this.http = client(HttpClient.Redirect.NEVER, tls);
        this.following = client(HttpClient.Redirect.NORMAL, tls);
    }

    private static HttpClient client(HttpClient.Redirect redirects, SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    /** A request for a path relative to this client's base, or for an absolute URL the server handed out. */
    public HttpRequest.Builder at(String pathOrUrl) {
        return HttpRequest.newBuilder(base.resolve(pathOrUrl)).timeout(REQUEST_TIMEOUT);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    public Reply get(String path) {
        return get(path, null);
    }

    /** {@code bearer} may be null for an anonymous call. */
    public Reply get(String path, String bearer) {
        return send(authorized(at(path), bearer).GET());
    }

    public Reply post(String path, String bearer, JsonObject body) {
        return send(authorized(at(path), bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply put(String path, String bearer, JsonObject body) {
        return send(authorized(at(path), bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply delete(String path, String bearer) {
        return send(authorized(at(path), bearer).DELETE());
    }

    /** PUTs raw bytes to a signed URL, without Authorization, as the library client uploads. */
    public Reply putBytes(String url, byte[] bytes) {
        return send(at(url).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** Like {@link #putBytes} with a file, streamed rather than read into memory. */
    public Reply putFile(String url, Path file) {
        return send(at(url).header("Content-Type", "application/octet-stream").PUT(ofFile(file)));
    }

    public Reply send(HttpRequest.Builder request) {
        return send(http, request);
    }

    /** GET that follows redirects, as the shub client fetches {@code image}. */
    public Reply getFollowingRedirects(String url) {
        return send(following, at(url).GET());
    }

    /** Downloads to a file (for images too big to hold in memory), following redirects. */
    public HttpResponse<Path> download(String url, Path target) {
        HttpRequest request = at(url).GET().build();
        try {
            return following.send(request, HttpResponse.BodyHandlers.ofFile(target));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates an API token for {@code user} (signing in with HTTP BASIC, as a script would) and returns its secret.
     * No expiry, so a slow suite never sees its tokens lapse.
     */
    /** A new API token of the user, limited to {@code collections} when some are named. */
    public String token(String user, String password, String scope, String... collections) {
        JsonArrayBuilder reached = Json.createArrayBuilder();
        Arrays.stream(collections).forEach(reached::add);
        JsonObject body = object().add("name", Names.unique("it")).add("scope", scope).addNull("expiresAt")
                .add("collections", reached).build();
        return send(at("api/tokens").header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())))
                .expect(201).json().getString("secret");
    }

    public static String sha256(Path file) {
        return digest(file, "SHA-256");
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(messageDigest("SHA-256").digest(bytes));
    }

    public static String md5(Path file) {
        return digest(file, "MD5");
    }

    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String bearer) {
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    private static HttpRequest.BodyPublisher ofFile(Path file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply send(HttpClient client, HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        String described = request.method() + " " + request.uri();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(described, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(described + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String digest(Path file, String algorithm) {
        MessageDigest digest = messageDigest(algorithm);
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest messageDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
