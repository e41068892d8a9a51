package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Hostile;
import org.sifregistry.testing.LogMark;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Malformed requests: bodies that are not JSON, not an object, of the wrong types, huge or nested without end;
 * the wrong content type; sizes and part numbers that are negative or absurd; a corrupt image; impossible ranges.
 * Each is a 4xx with a message, never a 5xx, and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DatabaseNeutral
@BlackBox
class HostileBodiesIT {

    private static final String ALICE = TestUser.ALICE.username();

    private final Api api = new Api();
    private String token;
    private Pushed stored;
    private String pendingImageId;
    private LogMark logMark;

    @BeforeAll
    void pushAnImage() {
        token = TestUser.ALICE.pushToken();
        LibraryPush push = new LibraryPush(api, token);
        stored = push.push(Tools.sif(4096, "bodies"), ALICE, Names.unique("bodies"), "target", "v1");
        pendingImageId = push.image(ALICE, stored.collection(), "pending", push.container(ALICE, stored.collection(),
                "pending"), "sha256." + "0".repeat(64)).getString("id");
        logMark = Hostile.serverLogMark();
    }

    /** The JSON endpoints, each with a body it would take, so that only the body's defect is tested. */
    private Map<String, String> jsonEndpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("POST v1/entities", "v1/entities");
        endpoints.put("POST v1/collections", "v1/collections");
        endpoints.put("POST v1/containers", "v1/containers");
        endpoints.put("POST v1/images", "v1/images");
        endpoints.put("POST v2/tags", "v2/tags/" + stored.containerId());
        endpoints.put("POST v1/tags", "v1/tags/" + stored.containerId());
        endpoints.put("POST v2/imagefile", "v2/imagefile/" + pendingImageId);
        endpoints.put("POST v2/imagefile/_multipart", "v2/imagefile/" + pendingImageId + "/_multipart");
        endpoints.put("POST api/tokens", "api/tokens");
        return endpoints;
    }

    private static Map<String, String> badBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("invalid JSON", "{\"name\":");
        // Yasson would skip the unknown property's open object with Parsson's skipObject, which never returns
        bodies.put("an unknown property left open", "{\"name\":\"n\",\"x\":{\"a\":");
        bodies.put("not an object", "[1,2,3]");
        bodies.put("a bare string", "\"x\"");
        bodies.put("empty", "");
        bodies.put("null", "null");
        bodies.put("wrong types", "{\"name\":5,\"entity\":[],\"private\":\"yes\",\"filesize\":\"big\","
                + "\"hash\":{},\"container\":true,\"Tag\":1.5,\"ImageID\":[],\"scope\":7,\"expiresAt\":\"soon\"}");
        bodies.put("number beyond a long", "{\"filesize\":1e400,\"partNumber\":99999999999999999999}");
        bodies.put("nested 100 000 deep", "[".repeat(100_000) + "]".repeat(100_000));
        bodies.put("20 MB string", "{\"name\":\"" + "a".repeat(20 << 20) + "\"}");
        return bodies;
    }

    @TestFactory
    Stream<DynamicNode> badBodiesAre400() {
        return jsonEndpoints().entrySet().stream().map(endpoint -> dynamicContainer(endpoint.getKey(),
                badBodies().entrySet().stream().map(body -> dynamicTest(body.getKey(), () -> {
                    Reply reply = post(endpoint.getValue(), "application/json", body.getValue());
                    // 403: JSON-B reads the number 5 as the entity name "5", which alice may not push as
                    Hostile.refused(reply, Set.of(400, 403, 413));
                }))));
    }

    @TestFactory
    Stream<DynamicTest> wrongContentTypesAre415() {
        return Stream.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png")
                .map(type -> dynamicTest(type, () -> {
                    String marker = Names.unique("ctype");
                    Reply reply = post("v1/collections", type, Api.object().add("name", marker)
                            .add("entity", ALICE).build().toString());
                    Hostile.refused(reply, Set.of(415));
                    Hostile.nothingStoredUnder(api, marker, token);
                }));
    }

    @TestFactory
    Stream<DynamicTest> negativeAndAbsurdSizesAreRefused() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("{\"filesize\":-1}", 400);
        sizes.put("{\"filesize\":0}", 400);
        sizes.put("{\"filesize\":9223372036854775807}", 413);
        sizes.put("{\"filesize\":-9223372036854775808}", 400);
        List<DynamicTest> tests = new ArrayList<>();
        sizes.forEach((body, status) -> {
            tests.add(dynamicTest("upload " + body, () -> Hostile.refused(
                    post("v2/imagefile/" + pendingImageId, "application/json", body), Set.of(status))));
            tests.add(dynamicTest("parted upload " + body, () -> Hostile.refused(
                    post("v2/imagefile/" + pendingImageId + "/_multipart", "application/json", body),
                    Set.of(status))));
        });
        String uploadId = post("v2/imagefile/" + pendingImageId + "/_multipart", "application/json",
                "{\"filesize\":100}").expect(200).data().getString("uploadID");
        for (String part : List.of("{\"partNumber\":-1,\"partSize\":10}", "{\"partNumber\":0,\"partSize\":10}",
                "{\"partNumber\":1,\"partSize\":-10}", "{\"partNumber\":1,\"partSize\":0}",
                "{\"partNumber\":1,\"partSize\":9223372036854775807}",
                "{\"partNumber\":2147483647,\"partSize\":10}")) {
            String body = part.replace("{", "{\"uploadID\":\"" + uploadId + "\",");
            tests.add(dynamicTest("part " + part, () -> Hostile.refused(api.send(Api.request("v2/imagefile/"
                    + pendingImageId + "/_multipart").header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body))),
                    Set.of(400))));
        }
        tests.add(dynamicTest("nothing was uploaded", () -> assertFalse(api.get("v1/images/" + stored.ref().replace(
                "/target", "/pending") + ":sha256." + "0".repeat(64), token).expect(200).data().getBoolean("uploaded"))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> corruptImagesAreRefusedAndNothingIsPublished() {
        byte[] random = new byte[8192];
        new SecureRandom().nextBytes(random);
        byte[] textFile = "#!/bin/sh\necho not an image\n".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> images = new LinkedHashMap<>();
        images.put("random bytes", random);
        images.put("a shell script", textFile);
        return images.entrySet().stream().map(image -> dynamicTest(image.getKey(), () -> {
            LibraryPush push = new LibraryPush(api, token);
            String container = Names.unique("corrupt");
            String containerId = push.container(ALICE, stored.collection(), container);
            String hash = "sha256." + Api.sha256(image.getValue());
            String imageId = push.image(ALICE, stored.collection(), container, containerId, hash).getString("id");
            String url = push.announce(imageId, image.getValue().length, Api.sha256(image.getValue()), "")
                    .expect(200).data().getString("uploadURL");

            String message = Hostile.refused(api.putBytes(url, image.getValue()), Set.of(400));

            assertTrue(message.toLowerCase().contains("sif") || message.toLowerCase().contains("image"), message);
            push.complete(imageId).expectError(400);
            api.get("v1/images/" + ALICE + "/" + stored.collection() + "/" + container + ":" + hash, token)
                    .expect(200);
            api.get("v1/images/" + ALICE + "/" + stored.collection() + "/" + container + ":latest", token)
                    .expectError(404);
        }));
    }

    @TestFactory
    Stream<DynamicTest> impossibleRangesAre416() {
        String url = api.get("api/container/" + stored.collection() + "/target:v1", token).expect(200).json()
                .getString("image");
        // past the end is unsatisfiable (416); a range that is not one at all is a bad request (400) or unsatisfiable
        Map<String, Set<Integer>> ranges = new LinkedHashMap<>();
        ranges.put("bytes=" + stored.size() + "-", Set.of(416));
        ranges.put("bytes=99999999999999999999-", Set.of(400, 416));
        ranges.put("bytes=10-5", Set.of(400, 416));
        ranges.put("bytes=-0", Set.of(400, 416));
        ranges.put("bytes=abc", Set.of(400, 416));
        return Stream.concat(ranges.entrySet().stream().map(range -> dynamicTest(range.getKey(), () -> {
                    Reply reply = api.send(Api.request(url).header("Range", range.getKey()).GET());
                    Hostile.refused(reply, range.getValue());
                })), Stream.of(dynamicTest("no request left a stack trace in the server log",
                () -> assertEquals(List.of(), Hostile.requestFailuresLoggedSince(logMark)))));
    }

    private Reply post(String path, String contentType, String body) {
        HttpRequest.Builder request = Api.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        request.header("Authorization", path.startsWith("api/tokens") ? TestUser.ALICE.basicAuthorization()
                : "Bearer " + token);
        return api.send(request);
    }
}
