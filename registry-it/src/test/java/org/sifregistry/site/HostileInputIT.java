package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Hostile;
import org.sifregistry.testing.LogMark;
import org.sifregistry.testing.Hostile.Input;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Hostile names and references (traversal in every encoding, control and invisible characters, markup, 10 000
 * characters) sent to every interface that takes a name: the shub and library APIs, upload image ids and the pages.
 * Each is refused with a clear 4xx in the error envelope (pages: their 404 page), nothing is stored under it, and an
 * image pushed before is left exactly as it was. Searches take any text and match it literally.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DatabaseNeutral
@BlackBox
class HostileInputIT {

    private static final String ALICE = TestUser.ALICE.username();
    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> BAD_OR_NOT_FOUND = Set.of(400, 404);
    // An id with a '/' left in it reaches an address that answers other methods only
    private static final Set<Integer> UPLOAD_PATH_REFUSALS = Set.of(400, 404, 405);

    private final Api api = new Api();
    private String token;
    private Pushed stored;
    private String storedTags;
    /** An image announced but never uploaded: the target of the upload calls. */
    private String pendingImageId;
    private LogMark logMark;

    @BeforeAll
    void pushAnImageToKeepSafe() {
        token = TestUser.ALICE.pushToken();
        LibraryPush push = new LibraryPush(api, token);
        stored = push.push(Tools.sif(4096, "kept safe"), ALICE, Names.unique("hostile"), "target", "v1", "v2");
        storedTags = api.get("v2/tags/" + stored.containerId(), token).expect(200).data().toString();
        Path pending = Tools.sif(4096, "never uploaded");
        pendingImageId = push.image(ALICE, stored.collection(), "pending", push.container(ALICE, stored.collection(),
                "pending"), "sha256." + Api.sha256(pending)).getString("id");
        logMark = Hostile.serverLogMark();
    }

    /** One interface that takes a name: how to send a hostile one there, and which refusals fit. */
    private record Probe(String label, Set<Integer> allowed, boolean inPath, BiFunction<Input, String, Reply> call) {

        Probe(String label, Set<Integer> allowed, BiFunction<Input, String, Reply> call) {
            this(label, allowed, false, call);
        }

        /** The hostile text goes into the URL's path rather than the body or query. */
        Probe throughPath() {
            return new Probe(label, allowed, true, call);
        }
    }

    private List<Probe> apiProbes() {
        String c = stored.collection();
        String id = stored.containerId();
        String entity = ALICE + "/" + c;
        return List.of(
                get("shub: collection", "api/container/%s/target:v1"),
                get("shub: container", "api/container/" + c + "/%s"),
                get("shub: tag", "api/container/" + c + "/target:%s"),
                get("shub: pinned version", "api/container/" + c + "/target@%s"),
                get("library: entity", "v1/entities/%s"),
                get("library: collection", "v1/collections/" + ALICE + "/%s"),
                get("library: container", "v1/containers/" + entity + "/%s"),
                get("library: image by collection", "v1/images/" + ALICE + "/%s/target:v1"),
                get("library: image by container", "v1/images/" + entity + "/%s:v1"),
                get("library: image by tag", "v1/images/" + entity + "/target:%s"),
                get("library: image file", "v1/imagefile/" + entity + "/%s:v1"),
                get("library: image file by tag", "v1/imagefile/" + entity + "/target:%s"),
                get("library under /api: image", "api/library/v1/images/" + ALICE + "/%s/target:v1"),
                get("library: v1 tags", "v1/tags/" + c + ".%s"),
                get("library: v2 tags", "v2/tags/%s"),
                new Probe("library: delete by tag", BAD_OR_NOT_FOUND, (in, m) -> api.send(
                        Hostile.raw("v1/images/" + entity + "/target:" + in.pathForm(m))
                                .header("Authorization", "Bearer " + token).DELETE())).throughPath(),
                post("library: new collection", "v1/collections",
                        (in, m) -> Api.object().add("name", in.text(m)).add("entity", ALICE).build()),
                post("library: new container", "v1/containers",
                        (in, m) -> Api.object().add("name", in.text(m)).add("collection", c).build()),
                post("library: new container's collection", "v1/containers",
                        (in, m) -> Api.object().add("name", m).add("collection", in.text(m)).build()),
                post("library: image in a container", "v1/images",
                        (in, m) -> Api.object().add("hash", stored.hash()).add("container", c + "." + in.text(m))
                                .build()),
                post("library: image hash", "v1/images",
                        (in, m) -> Api.object().add("hash", in.text(m)).add("container", id).build()),
                post("library: v1 tag", "v1/tags/" + id,
                        (in, m) -> Api.object().add("Tag", in.text(m)).add("ImageID", stored.imageId()).build()),
                post("library: v2 tag", "v2/tags/" + id, (in, m) -> Api.object().add("Arch", LibraryPush.ARCH)
                        .add("Tag", in.text(m)).add("ImageID", stored.imageId()).build()),
                post("library: v2 tag's architecture", "v2/tags/" + id, (in, m) -> Api.object()
                        .add("Arch", in.text(m)).add("Tag", m).add("ImageID", stored.imageId()).build()),
                new Probe("library: entity to push as", Set.of(400, 403), (in, m) -> api.post("v1/entities", token,
                        Api.object().add("name", in.text(m)).build())),
                new Probe("library: collection's entity", Set.of(400, 403), (in, m) -> api.post("v1/collections",
                        token, Api.object().add("name", m).add("entity", in.text(m)).build())),
                new Probe("upload: start, image id", UPLOAD_PATH_REFUSALS, (in, m) -> api.send(
                        Hostile.raw("v2/imagefile/" + in.pathForm(m)).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"filesize\":10}")))).throughPath(),
                new Probe("upload: complete, image id", UPLOAD_PATH_REFUSALS, (in, m) -> api.send(
                        Hostile.raw("v2/imagefile/" + in.pathForm(m) + "/_complete")
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{}")))).throughPath(),
                new Probe("upload: legacy v1 body, image id", UPLOAD_PATH_REFUSALS, (in, m) -> api.send(
                        Hostile.raw("v1/imagefile/" + in.pathForm(m)).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/octet-stream")
                                .POST(HttpRequest.BodyPublishers.ofString("SIF_MAGIC")))).throughPath(),
                new Probe("upload: signed URL, image id", Set.of(400, 403, 404, 405), (in, m) -> api.send(
                        Hostile.raw("api/library/upload/" + in.pathForm(m) + "?size=9&expires=4102444800&signature=x")
                                .header("Content-Type", "application/octet-stream")
                                .PUT(HttpRequest.BodyPublishers.ofString("SIF_MAGIC")))).throughPath(),
                new Probe("upload: parts, upload id", BAD_OR_NOT_FOUND, (in, m) -> api.put(
                        "v2/imagefile/" + pendingImageId + "/_multipart", token, Api.object().add("partSize", 10)
                                .add("uploadID", in.text(m)).add("partNumber", 1).build())),
                new Probe("upload: complete parts, upload id", BAD_OR_NOT_FOUND, (in, m) -> api.put(
                        "v2/imagefile/" + pendingImageId + "/_multipart_complete", token,
                        Api.object().add("uploadID", in.text(m)).build())));
    }

    private Probe get(String label, String pathTemplate) {
        return new Probe(label, BAD_OR_NOT_FOUND, (in, m) -> api.send(
                Hostile.raw(pathTemplate.replace("%s", in.pathForm(m))).header("Authorization", "Bearer " + token)
                        .GET())).throughPath();
    }

    private Probe post(String label, String path, BiFunction<Input, String, JsonObject> body) {
        return new Probe(label, BAD_REQUEST, (in, m) -> api.post(path, token, body.apply(in, m)));
    }

    @TestFactory
    Stream<DynamicNode> everyApiRefusesHostileNamesAndStoresNothing() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Probe probe : apiProbes()) {
            nodes.add(dynamicContainer(probe.label(),
                    Hostile.NAMES.stream().map(input -> dynamicTest(input.label(), () -> {
                        String marker = Names.unique("hx");
                        Reply reply = probe.call().apply(input, marker);
                        if (probe.inPath() && input.resolvedByServer()) {
                            assertTrue(reply.status() >= 400 && reply.status() < 500, reply.request() + " answered "
                                    + reply.status() + ": " + Hostile.abbreviated(reply.text()));
                        } else {
                            Hostile.refused(reply, probe.allowed());
                        }
                        Hostile.nothingStoredUnder(api, marker, token);
                    }))));
        }
        nodes.add(storedImageIsUnchanged());
        nodes.add(dynamicTest("no request left a stack trace in the server log",
                () -> assertEquals(List.of(), Hostile.requestFailuresLoggedSince(logMark))));
        return nodes.stream();
    }

    private DynamicTest storedImageIsUnchanged() {
        return dynamicTest("the image pushed before is unchanged", () -> {
            assertEquals(storedTags, api.get("v2/tags/" + stored.containerId(), token).expect(200).data().toString());
            for (String tag : List.of("v1", "v2")) {
                String url = api.get("v1/imagefile/" + stored.ref() + ":" + tag, token).expect(303).header("Location");
                assertEquals(stored.sha256(), Api.sha256(api.getFollowingRedirects(url).expect(200).body()), tag);
            }
            assertTrue(api.get("v1/images/" + stored.ref() + ":v1", token).expect(200).data().getBoolean("uploaded"));
        });
    }

    /** Pages answer a hostile name with their 404 page, or (free-text parameters) a page that shows it as text. */
    @TestFactory
    Stream<DynamicNode> pagesRefuseHostileNamesOrShowThemAsText() {
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);
        List<String> pages = List.of(
                "collections/collection.xhtml?name=%s",
                "containers/container.xhtml?ref=%s",
                "containers/container.xhtml?ref=" + stored.collection() + "/%s",
                "containers/container.xhtml?ref=" + stored.collection() + "/target:%s",
                "labels/label.xhtml?key=%s",
                "labels/label.xhtml?key=org.example.note&value=%s",
                "topics/topic.xhtml?name=%s",
                "collections/index.xhtml?q=%s",
                "labels/index.xhtml?q=%s",
                "topics/index.xhtml?q=%s");
        return pages.stream().map(page -> dynamicContainer(page,
                Hostile.NAMES.stream().map(input -> dynamicTest(input.label(), () -> {
                    String marker = Names.unique("hx");
                    String query = URLEncoder.encode(input.text(marker), StandardCharsets.UTF_8);
                    BrowserSession.Page shown = alice.get(page.replace("%s", query));
                    assertTrue(Set.of(200, 404).contains(shown.status()), page + " answered " + shown.status());
                    assertFalse(shown.body().contains("<script>alert(1)"), "markup is shown as text");
                    assertFalse(shown.body().contains(input.text(marker) + "\u0000"), "no NUL reaches the page");
                }))));
    }

    @Test
    void searchesTakeSqlAndWildcardsAsPlainText() {
        String c = stored.collection();
        // the collection's name with a character replaced by a LIKE wildcard would match if wildcards worked
        String half = c.substring(0, c.length() / 2);
        List<String> literal = List.of(half + "%" + c.substring(half.length() + 1),
                half + "_" + c.substring(half.length() + 1), "%%%", "___", "\\\\\\", "' OR 1=1 --",
                "\" OR \"\"=\"", "'; DROP TABLE collection; --", c + "' --");
        for (String text : literal) {
            String query = URLEncoder.encode(text, StandardCharsets.UTF_8);
            JsonObject found = api.get("v1/search?value=" + query, token).expect(200).data();
            assertEquals(List.of(), Hostile.names(found, "collection"), text);
            assertEquals(List.of(), Hostile.names(found, "container"), text);
            for (String page : List.of("collections/index.xhtml?q=", "labels/index.xhtml?q=",
                    "topics/index.xhtml?q=")) {
                BrowserSession.Page shown = BrowserSession.anonymous().get(page + query);
                assertEquals(200, shown.status(), page + text);
                assertFalse(shown.contains(">" + c + "<"), page + text + " lists nothing: " + c);
            }
        }
        JsonObject exact = api.get("v1/search?value=" + c, token).expect(200).data();
        assertEquals(List.of(c), Hostile.names(exact, "collection"), "the name itself still finds it");
    }
}
