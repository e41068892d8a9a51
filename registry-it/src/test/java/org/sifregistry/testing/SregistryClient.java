package org.sifregistry.testing;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code sregistry push} ({@code SREGISTRY_CLIENT=registry}), written from the wire contract of ha-ops.md §3 since
 * the CLI itself is only on PyPI: step 1 {@code POST {base}/api/upload/chunked_upload} with JSON, step 2
 * {@code POST {base}/upload} as one multipart body built as requests_toolbelt's MultipartEncoder builds it (the
 * fields in order, then the file streamed from disk), each signed {@code SREGISTRY-HMAC-SHA256} with the user's token.
 * It signs at the time it is given, or now, so that tests can send what a client at another hour would.
 */
public final class SregistryClient {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH'Z'")
            .withZone(ZoneOffset.UTC);

    private final Api api = new Api();
    private final String username;
    private final String token;
    private final Instant signedAt;

    public SregistryClient(String username, String token) {
        this(username, token, null);
    }

    private SregistryClient(String username, String token, Instant signedAt) {
        this.username = username;
        this.token = token;
        this.signedAt = signedAt;
    }

    /** The same client with its clock set back (or forward) by {@code offset}. */
    public SregistryClient signingAgo(Duration offset) {
        return new SregistryClient(username, token, Instant.now().minus(offset));
    }

    /** What a push answered: step 1's cid, and step 2's reply. */
    public record Pushed(long cid, Reply reply) {
    }

    /** Both steps as the client does them: step 1 must answer 200 with a cid. */
    public Pushed push(String collection, String name, String tag, Path file) {
        long cid = cid(requestUpload("api/upload/chunked_upload", collection, name, tag).expect(200));
        return new Pushed(cid, upload(cid, collection, name, tag, file));
    }

    /** Step 1 at {@code path} (the client's quirk leaves out {@code api/} when the image name carries a host). */
    public Reply requestUpload(String path, String collection, String name, String tag) {
        String body = "{\"collection\": \"" + collection + "\", \"name\": \"" + name + "\", \"tag\": \"" + tag + "\"}";
        return api.send(Api.request(path)
                .header("Authorization", authorization("push", collection, name, tag))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static long cid(Reply reply) {
        return reply.json().getJsonNumber("cid").longValueExact();
    }

    /** Step 2: the payload is signed over the collection's name, the form names the cid. */
    public Reply upload(long cid, String collection, String name, String tag, Path file) {
        String authorization = authorization("upload", collection, name, tag);
        return send("upload", authorization, uploadFields(cid, authorization, name, tag), file,
                name + ":" + tag + ".sif");
    }

    /** Step 2 as a request without its body, and that body whole: for a test that cuts the upload off. */
    public record Upload(HttpRequest.Builder request, byte[] body) {
    }

    public Upload uploadCutOff(long cid, String collection, String name, String tag, Path file) throws IOException {
        String authorization = authorization("upload", collection, name, tag);
        Multipart form = new Multipart(uploadFields(cid, authorization, name, tag), name + ":" + tag + ".sif");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(form.head(true).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(form.tail(true).getBytes(StandardCharsets.UTF_8));
        return new Upload(form.request("upload", authorization), body.toByteArray());
    }

    private static Map<String, String> uploadFields(long cid, String authorization, String name, String tag) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SREGISTRY_EVENT", authorization);
        fields.put("name", name);
        fields.put("collection", Long.toString(cid));
        fields.put("tag", tag);
        return fields;
    }

    /**
     * A multipart POST as MultipartEncoder writes it: a uuid4 hex boundary, each text field with only its
     * Content-Disposition, the file with its filename and {@code text/plain}, CRLF line ends, exact Content-Length.
     * {@code file} may be null for a form without one.
     */
    public Reply send(String path, String authorization, Map<String, String> fields, Path file, String filename) {
        Multipart form = new Multipart(fields, filename);
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        parts.add(HttpRequest.BodyPublishers.ofString(form.head(file != null), StandardCharsets.UTF_8));
        if (file != null) {
            parts.add(ofFile(file));
        }
        parts.add(HttpRequest.BodyPublishers.ofString(form.tail(file != null), StandardCharsets.UTF_8));
        return api.send(form.request(path, authorization)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))));
    }

    /** A form's text around the file it carries, if any, with a boundary of its own. */
    private record Multipart(Map<String, String> fields, String filename, String boundary) {

        Multipart(Map<String, String> fields, String filename) {
            this(fields, filename, UUID.randomUUID().toString().replace("-", ""));
        }

        String head(boolean withFile) {
            StringBuilder head = new StringBuilder();
            fields.forEach((field, value) -> head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(field).append("\"\r\n\r\n")
                    .append(value).append("\r\n"));
            if (withFile) {
                head.append("--").append(boundary).append("\r\n")
                        .append("Content-Disposition: form-data; name=\"file1\"; filename=\"").append(filename)
                        .append("\"\r\n")
                        .append("Content-Type: text/plain\r\n\r\n");
            }
            return head.toString();
        }

        String tail(boolean withFile) {
            return (withFile ? "\r\n" : "") + "--" + boundary + "--\r\n";
        }

        HttpRequest.Builder request(String path, String authorization) {
            HttpRequest.Builder request = Api.request(path)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return request;
        }
    }

    /** The header this client sends for {@code kind} and these names. */
    public String authorization(String kind, String collection, String name, String tag) {
        String timestamp = timestamp(signedAt == null ? Instant.now() : signedAt);
        return header(token, kind, username, timestamp, collection, name, tag);
    }

    /** The client's {@code strftime("%Y%m%dT%HZ")} in UTC. */
    public static String timestamp(Instant instant) {
        return HOUR.format(instant);
    }

    /** {@code SREGISTRY-HMAC-SHA256 Credential=<kind>/<b64 user>/<ts>,Signature=<hex>}. */
    public static String header(String token, String kind, String username, String timestamp, String collection,
                                String name, String tag) {
        String payload = kind + "|" + collection + "|" + timestamp + "|" + name + "|" + tag + "|";
        return "SREGISTRY-HMAC-SHA256 Credential=" + kind + "/"
                + Base64.getEncoder().encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "/" + timestamp
                + ",Signature=" + hmacHex(token, payload);
    }

    private static String hmacHex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher ofFile(Path file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }
}
