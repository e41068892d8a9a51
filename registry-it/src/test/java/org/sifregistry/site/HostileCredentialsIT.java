package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Hostile;
import org.sifregistry.testing.LogMark;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.SignedUrls;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Forged, malformed, truncated, expired and revoked credentials: bearer tokens on the library API, HTTP basic on the
 * tokens API, the signatures of upload and download URLs, and share-link tokens. Each is refused with the right 4xx
 * and a message, and nothing is stored or uploaded through it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DatabaseNeutral
@BlackBox
class HostileCredentialsIT {

    private static final String ALICE = TestUser.ALICE.username();
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z]+\\.[a-z]+\\.[\\w.$]+\\(");

    private final Api api = new Api();
    private String realToken;
    private Map<String, String> badTokens;
    private Pushed stored;
    private LogMark logMark;

    @BeforeAll
    void makeTokensGoBad() {
        realToken = TestUser.ALICE.pushToken();
        stored = new LibraryPush(api, realToken).push(Tools.sif(4096, "credentials"), ALICE, Names.unique("cred"),
                "target", "v1");
        JsonObject revoked = newToken(Api.object().addNull("expiresAt"));
        api.send(Api.request("api/tokens/" + revoked.getJsonNumber("id").longValue()).header("Authorization", TestUser.ALICE.basicAuthorization())
                .DELETE()).expect(204);
        Instant expiry = Instant.now().plusSeconds(2);
        String expired = newToken(Api.object().add("expiresAt", expiry.toString())).getString("secret");
        Eventually.await(Duration.ofSeconds(30), this::serverTime, time -> time.isAfter(expiry),
                "the server's clock to pass " + expiry);

        badTokens = new LinkedHashMap<>();
        badTokens.put("forged", Names.unknownToken());
        badTokens.put("malformed", Names.unique("not-a-registry-token"));
        badTokens.put("truncated", realToken.substring(0, realToken.length() - 4));
        badTokens.put("extended", realToken + "x");
        badTokens.put("another case", realToken.toUpperCase());
        badTokens.put("10 000 characters", "sifr_" + "a".repeat(10_000));
        badTokens.put("SQL", "' OR 1=1 --");
        badTokens.put("wildcard", "%");
        badTokens.put("revoked", revoked.getString("secret"));
        badTokens.put("expired", expired);
        logMark = Hostile.serverLogMark();
    }

    @TestFactory
    Stream<DynamicTest> badBearerTokensAre401AndPushNothing() {
        return badTokens.entrySet().stream().map(bad -> dynamicTest(bad.getKey(), () -> {
            String marker = Names.unique("cred");
            String message = Hostile.refused(api.get("v1/token-status", bad.getValue()), Set.of(401));
            assertTrue(message.contains("unknown, expired or revoked"), message);
            Hostile.refused(api.post("v1/collections", bad.getValue(), Api.object().add("name", marker)
                    .add("entity", ALICE).build()), Set.of(401));
            Hostile.refused(api.post("v2/tags/" + stored.containerId(), bad.getValue(), Api.object()
                    .add("Arch", LibraryPush.ARCH).add("Tag", marker).add("ImageID", stored.imageId()).build()),
                    Set.of(401));
            Hostile.refused(api.delete("v1/images/" + stored.ref() + ":v1", bad.getValue()), Set.of(401));
            Hostile.refused(api.get("api/container/" + stored.collection() + "/target:v1", bad.getValue()),
                    Set.of(401));
            Hostile.nothingStoredUnder(api, marker, realToken);
            api.get("v1/images/" + stored.ref() + ":v1", realToken).expect(200);
        }));
    }

    @TestFactory
    Stream<DynamicTest> malformedAuthorizationHeadersNeverGetIn() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("scheme only", "Bearer");
        headers.put("scheme and a space", "Bearer ");
        headers.put("two tokens", "Bearer " + realToken + " " + realToken);
        headers.put("token in another scheme", "Token " + realToken);
        headers.put("basic with a token", "Basic " + realToken);
        return headers.entrySet().stream().map(header -> dynamicTest(header.getKey(), () -> {
            String marker = Names.unique("cred");
            Reply reply = api.send(Api.request("v1/collections").header("Authorization", header.getValue())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            Api.object().add("name", marker).add("entity", ALICE).build().toString())));
            assertEquals(401, reply.status(), reply.request() + ": " + Hostile.abbreviated(reply.text()));
            Hostile.nothingStoredUnder(api, marker, realToken);
        }));
    }

    @TestFactory
    Stream<DynamicTest> badBasicCredentialsMakeNoToken() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("wrong password", Api.basic(ALICE, "wrong-password"));
        headers.put("unknown user", Api.basic(Names.unique("nobody"), "x"));
        headers.put("no colon", "Basic " + Base64.getEncoder().encodeToString(ALICE.getBytes(StandardCharsets.UTF_8)));
        headers.put("not base64", "Basic !!!not-base64!!!");
        headers.put("empty", "Basic ");
        headers.put("SQL in the user name", Api.basic("' OR 1=1 --", "x"));
        headers.put("10 000 characters", Api.basic(ALICE, "p".repeat(10_000)));
        long before = tokenCount();
        return Stream.concat(headers.entrySet().stream().map(header -> dynamicTest(header.getKey(), () -> {
            Reply reply = api.send(Api.request("api/tokens").header("Authorization", header.getValue())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            Api.object().add("name", "hostile").add("scope", "push").build().toString())));
            assertEquals(401, reply.status(), reply.request() + ": " + Hostile.abbreviated(reply.text()));
            assertFalse(STACK_FRAME.matcher(reply.text()).find(), "no stack trace: " + Hostile.abbreviated(reply.text()));
        })), Stream.of(dynamicTest("alice has no new token", () -> assertEquals(before, tokenCount()))));
    }

    @TestFactory
    Stream<DynamicTest> forgedUploadUrlsAre403AndUploadNothing() {
        Path file = Tools.sif(4096, "forged upload");
        LibraryPush push = new LibraryPush(api, realToken);
        String containerId = push.container(ALICE, stored.collection(), "forged");
        String imageId = push.image(ALICE, stored.collection(), "forged", containerId, "sha256." + Api.sha256(file))
                .getString("id");
        String url = push.announce(imageId, file).expect(200).data().getString("uploadURL");
        Map<String, UnaryOperator<String>> forgeries = new LinkedHashMap<>();
        forgeries.put("signature changed", SignedUrls::tampered);
        forgeries.put("signature removed", u -> u.replaceAll("&signature=[^&]*", ""));
        forgeries.put("signature 10 000 characters", u -> u.replaceAll("signature=[^&]*", "signature=" + "A".repeat(10_000)));
        forgeries.put("signature not base64", u -> u.replaceAll("signature=[^&]*", "signature=%25%00%27"));
        forgeries.put("expired: expires in the past", u -> u.replaceAll("expires=[0-9]+", "expires=1"));
        forgeries.put("expires moved later", u -> u.replaceAll("expires=[0-9]+", "expires=4102444800"));
        forgeries.put("size changed", u -> u.replaceAll("size=[0-9]+", "size=1"));
        forgeries.put("another image", u -> u.replace("/upload/" + imageId + "?", "/upload/" + stored.imageId() + "?"));
        Map<String, UnaryOperator<String>> malformed = new LinkedHashMap<>();
        malformed.put("expires not a number", u -> u.replaceAll("expires=[0-9]+", "expires=soon"));
        malformed.put("expires negative", u -> u.replaceAll("expires=[0-9]+", "expires=-1"));
        malformed.put("size not a number", u -> u.replaceAll("size=[0-9]+", "size=big"));
        malformed.put("size absurd", u -> u.replaceAll("size=[0-9]+", "size=99999999999999999999999"));
        Stream<DynamicTest> forged = forgeries.entrySet().stream().map(forgery -> dynamicTest(forgery.getKey(), () -> {
            Reply reply = api.putFile(forgery.getValue().apply(url), file);
            Hostile.refused(reply, Set.of(403));
        }));
        Stream<DynamicTest> bad = malformed.entrySet().stream().map(forgery -> dynamicTest(forgery.getKey(), () -> {
            Reply reply = api.putFile(forgery.getValue().apply(url), file);
            Hostile.refused(reply, Set.of(400, 403));
        }));
        DynamicTest nothing = dynamicTest("nothing was uploaded; the real URL still works", () -> {
            push.complete(imageId).expectError(400);
            api.putFile(url, file).expect(200);
            push.complete(imageId).expect(200);
        });
        return Stream.concat(Stream.concat(forged, bad), Stream.of(nothing));
    }

    @TestFactory
    Stream<DynamicTest> forgedDownloadUrlsAre403() {
        String url = api.get("api/container/" + stored.collection() + "/target:v1", realToken).expect(200).json()
                .getString("image");
        Map<String, UnaryOperator<String>> forgeries = new LinkedHashMap<>();
        forgeries.put("signature changed", SignedUrls::tampered);
        forgeries.put("signature removed", u -> u.replaceAll("&?signature=[^&]*", ""));
        forgeries.put("expired: expires in the past", u -> u.replaceAll("expires=[0-9]+", "expires=1"));
        forgeries.put("another version", u -> u.replace(stored.hash(), "sha256." + "0".repeat(64)));
        forgeries.put("counted made uncounted", u -> u.replace("count=true", "count=false"));
        forgeries.put("counted under another protocol", u -> u.replace("via=shub", "via=share"));
        forgeries.put("protocol removed", u -> u.replaceAll("&?via=[^&]*", ""));
        Map<String, UnaryOperator<String>> malformed = new LinkedHashMap<>();
        malformed.put("expires not a number", u -> u.replaceAll("expires=[0-9]+", "expires=soon"));
        malformed.put("version traversal", u -> u.replace(stored.hash(), "..%2F..%2Fetc%2Fpasswd"));
        malformed.put("container id not a number", u -> u.replaceAll("/download/[0-9]+/", "/download/x/"));
        return Stream.concat(
                forgeries.entrySet().stream().map(forgery -> dynamicTest(forgery.getKey(),
                        () -> Hostile.refused(api.send(Hostile.raw(relative(forgery.getValue().apply(url))).GET()),
                                Set.of(403)))),
                malformed.entrySet().stream().map(forgery -> dynamicTest(forgery.getKey(),
                        () -> Hostile.refused(api.send(Hostile.raw(relative(forgery.getValue().apply(url))).GET()),
                                Set.of(400, 403, 404)))));
    }

    @TestFactory
    Stream<DynamicTest> unknownAndMalformedShareTokensAre404() {
        List<String> tokens = List.of("A".repeat(43), "sifr_" + "0".repeat(40), "%27%20OR%201=1--", "%25",
                "a".repeat(10_000), "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "%252e%252e%252f", "x%00",
                "%E2%80%AEx", "..%5C..%5C");
        return Stream.concat(tokens.stream().map(token -> dynamicTest(Hostile.abbreviated(token).substring(0,
                Math.min(40, token.length())), () -> {
                    Hostile.refused(api.send(Hostile.raw("api/share/" + token).GET()), Set.of(400, 404));
                    Reply head = api.send(Hostile.raw("api/share/" + token)
                            .method("HEAD", HttpRequest.BodyPublishers.noBody()));
                    assertTrue(Set.of(400, 404).contains(head.status()), "HEAD: " + head.status());
                })), Stream.of(dynamicTest("no request left a stack trace in the server log",
                () -> assertEquals(List.of(), Hostile.requestFailuresLoggedSince(logMark)))));
    }

    private JsonObject newToken(JsonObjectBuilder body) {
        return api.send(Api.request("api/tokens").header("Authorization", TestUser.ALICE.basicAuthorization())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        body.add("name", Names.unique("bad")).add("scope", "push").build().toString())))
                .expect(201).json();
    }

    private long tokenCount() {
        return api.send(Api.request("api/tokens").header("Authorization", TestUser.ALICE.basicAuthorization()).GET())
                .expect(200).json().getJsonNumber("total").longValue();
    }

    /**
     * The server's time, from its Date header: whole seconds, so once it is after an instant, the server's clock is
     * past that instant.
     */
    private Instant serverTime() {
        return ZonedDateTime.parse(api.get("v1/token-status", realToken).expect(200).header("Date"),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** A URL the registry handed out, as a path under {@link Api#BASE}, to send it as written. */
    private static String relative(String url) {
        return url.replaceFirst("^https?://[^/]+/", "");
    }
}
