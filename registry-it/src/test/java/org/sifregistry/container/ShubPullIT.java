package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.SignedUrls;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code apptainer pull shub://...} as protocols.md §1 describes the client: the container's metadata without
 * credentials, then its {@code image} URL, also without. Images get there by a library push.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class ShubPullIT {

    private static final long SMALL_PAYLOAD = 4096;
    private static final String ALICE = TestUser.ALICE.username();

    private final Api api = new Api();

    @Test
    void pullAsTheShubClientDoesGivesTheExactFile() {
        Path file = Tools.sif(SMALL_PAYLOAD, "shub pull");
        Pushed pushed = push(file, Names.unique("shub"), "latest");

        JsonObject container = api.get(shubPath(pushed, ":latest")).expect(200).json();
        Reply image = api.getFollowingRedirects(container.getString("image")).expect(200);

        assertEquals(Api.sha256(file), Api.sha256(image.body()));
        assertEquals(Long.toString(Api.size(file)), image.header("Content-Length"));
    }

    @Test
    void metadataDescribesTheImage() {
        Path file = Tools.sif(SMALL_PAYLOAD, "metadata");
        Pushed pushed = push(file, Names.unique("meta"), "latest");

        JsonObject container = api.get(shubPath(pushed, ":latest")).expect(200).json();

        assertTrue(URI.create(container.getString("image")).isAbsolute(), container.getString("image"));
        assertFalse(container.getString("commit").isBlank());
        assertEquals(pushed.hash(), container.getString("version"));
        assertEquals(pushed.container(), container.getString("name"));
        assertEquals("latest", container.getString("tag"));
        assertEquals(pushed.collection(), container.getString("collection"));
        assertEquals(Api.size(file), container.getJsonNumber("size").longValue());
        assertFalse(container.getBoolean("frozen"));
        assertFalse(container.getString("add_date").isBlank());
        assertEquals(JsonValue.ValueType.OBJECT, container.get("metadata").getValueType());
    }

    @Test
    void theTagDefaultsToLatest() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "default tag"), Names.unique("deftag"), "latest");

        JsonObject container = api.get(shubPath(pushed, "")).expect(200).json();

        assertEquals("latest", container.getString("tag"));
        assertEquals(pushed.hash(), container.getString("version"));
    }

    @Test
    void commitIsUniquePerContent() {
        String collection = Names.unique("commit");
        Pushed first = push(Tools.sif(SMALL_PAYLOAD, "commit one"), collection, "v1");
        Pushed second = push(Tools.sif(SMALL_PAYLOAD, "commit two"), collection, "v2");

        JsonObject one = api.get(shubPath(first, ":v1")).expect(200).json();
        JsonObject two = api.get(shubPath(second, ":v2")).expect(200).json();

        assertNotEquals(one.getString("commit"), two.getString("commit"), "the client caches by commit");
        assertEquals(one.getString("commit"), api.get(shubPath(first, ":v1")).expect(200).json().getString("commit"));
    }

    @Test
    void aVersionCanBePinnedByDigestAfterTheTagMoved() throws IOException {
        String collection = Names.unique("pin");
        Path older = Tools.sif(SMALL_PAYLOAD, "pinned older");
        Pushed first = push(older, collection, "latest");
        Pushed second = push(Tools.sif(SMALL_PAYLOAD, "pinned newer"), collection, "latest");
        assertEquals(second.hash(), api.get(shubPath(second, ":latest")).expect(200).json().getString("version"));

        // Apptainer's shub refs allow 32 or 40 hex digits after @: the start of the sha256 names the image
        for (String pin : List.of("@" + first.hash(), "@" + first.sha256(), "@" + first.sha256().substring(0, 40),
                "@" + first.sha256().substring(0, 32))) {
            JsonObject pinned = api.get(shubPath(first, pin)).expect(200).json();

            assertEquals(first.hash(), pinned.getString("version"), pin);
            Reply image = api.getFollowingRedirects(pinned.getString("image")).expect(200);
            assertArrayEquals(Files.readAllBytes(older), image.body(), pin);
        }
    }

    @Test
    void imageUrlAnswersWithExactLengthDigestAndRanges() {
        Path file = Tools.sif(SMALL_PAYLOAD, "headers");
        Pushed pushed = push(file, Names.unique("headers"), "latest");
        String image = imageUrl(pushed);

        Reply whole = api.get(image).expect(200);

        assertEquals(Long.toString(Api.size(file)), whole.header("Content-Length"));
        assertEquals("\"" + pushed.hash() + "\"", whole.header("ETag"));
        assertEquals("bytes", whole.header("Accept-Ranges"));
        assertEquals(Api.sha256(file), Api.sha256(whole.body()));
    }

    @Test
    void headAnswersTheSameHeadersWithoutABody() {
        Path file = Tools.sif(SMALL_PAYLOAD, "head");
        Pushed pushed = push(file, Names.unique("head"), "latest");

        Reply head = api.send(Api.request(imageUrl(pushed)).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                .expect(200);

        assertEquals(Long.toString(Api.size(file)), head.header("Content-Length"));
        assertEquals("\"" + pushed.hash() + "\"", head.header("ETag"));
        assertEquals("bytes", head.header("Accept-Ranges"));
        assertEquals(0, head.body().length);
    }

    @Test
    void rangesAreServedAndARangePastTheEndIs416() throws IOException {
        Path file = Tools.sif(SMALL_PAYLOAD, "range");
        Pushed pushed = push(file, Names.unique("range"), "latest");
        String image = imageUrl(pushed);
        byte[] content = Files.readAllBytes(file);

        Reply first = range(image, "bytes=0-99").expect(206);
        assertEquals("bytes 0-99/" + content.length, first.header("Content-Range"));
        assertEquals("100", first.header("Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(content, 0, 100), first.body());

        Reply last = range(image, "bytes=" + (content.length - 10) + "-" + (content.length - 1)).expect(206);
        assertEquals("bytes " + (content.length - 10) + "-" + (content.length - 1) + "/" + content.length,
                last.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(content, content.length - 10, content.length), last.body());

        range(image, "bytes=" + content.length + "-" + (content.length + 100)).expect(416);
    }

    @Test
    void aTamperedImageUrlIs403() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "tampered"), Names.unique("tamper"), "latest");

        api.get(SignedUrls.tampered(imageUrl(pushed))).expectError(403);
    }

    @Test
    void badRefsAre400() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "bad refs"), Names.unique("badref"), "latest");
        String collection = pushed.collection();

        for (String ref : List.of(collection + "/..:latest", collection + "/%2e%2e:latest", "%2e%2e-x/img:latest",
                collection + "/Junk!!:latest", "Junk!$/img:latest",
                "a".repeat(300) + "/img:latest", collection + "/" + "b".repeat(300) + ":latest")) {
            api.get("api/container/" + ref).expectError(400);
        }
    }

    @Test
    void unknownContainersTagsAndVersionsAre404() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "unknown"), Names.unique("unknown"), "latest");

        api.get("api/container/" + Names.unique("nothing") + "/img:latest").expectError(404);
        api.get("api/container/" + pushed.collection() + "/nothing:latest").expectError(404);
        api.get(shubPath(pushed, ":no-such-tag")).expectError(404);
        api.get(shubPath(pushed, "@sha256." + "0".repeat(64))).expectError(404);
        String otherStart = pushed.sha256().startsWith("0") ? "1" : "0";
        api.get(shubPath(pushed, "@" + otherStart.repeat(40))).expectError(404);
    }

    @Test
    void aPrivateImageNeedsTheTokenOfSomeoneWhoMaySeeIt() {
        String collection = Names.unique("private");
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection(ALICE, collection, true);
        Path file = Tools.sif(SMALL_PAYLOAD, "private");
        Pushed pushed = push(file, collection, "latest");
        String path = shubPath(pushed, ":latest");

        api.get(path).expectError(404);
        api.get(path, TestUser.BOB.pullToken()).expectError(404);
        JsonObject container = api.get(path, TestUser.ALICE.pullToken()).expect(200).json();

        // the client sends no credentials for the bytes: the signed URL is the permission
        Reply image = api.getFollowingRedirects(container.getString("image")).expect(200);
        assertEquals(Api.sha256(file), Api.sha256(image.body()));
    }

    private Pushed push(Path file, String collection, String tag) {
        return new LibraryPush(api, TestUser.ALICE.pushToken()).push(file, ALICE, collection, "img", tag);
    }

    /** {@code suffix} is {@code ":tag"}, {@code "@version"} or empty. */
    private static String shubPath(Pushed pushed, String suffix) {
        return "api/container/" + pushed.collection() + "/" + pushed.container() + suffix;
    }

    private String imageUrl(Pushed pushed) {
        return api.get(shubPath(pushed, ":latest")).expect(200).json().getString("image");
    }

    private Reply range(String url, String range) {
        return api.send(Api.request(url).header("Range", range).GET());
    }
}
