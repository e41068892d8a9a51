package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Keystore;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;
import org.sifregistry.testing.Tools.SigningKey;

/**
 * The registry driven by the real Apptainer library client code (container-library-client, through the Go driver
 * in src/test/go): what {@code apptainer push/pull library://...} sends, including its multipart upload of big
 * images and its parallel ranged download, and the check that shub serves the very same bytes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class LibraryClientCompatIT {

    private static final String ALICE = TestUser.ALICE.username();
    private static final Duration PARSED_WITHIN = Duration.ofSeconds(60);
    private static final Duration COUNTED_WITHIN = Duration.ofSeconds(60);

    private final Api api = new Api();
    /** Files this test made; images of 1 GiB must not pile up in target/ run after run. */
    private final List<Path> madeFiles = new ArrayList<>();

    @AfterEach
    void deleteMadeFiles() {
        Tools.deleteQuietly(madeFiles.toArray(Path[]::new));
    }

    @Test
    void theClientReadsTheApiVersion() {
        assertEquals("2.0.0-alpha.2", new LibraryClient(null).version().getString("apiVersion"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void pushesAndPullsA4KibImage() {
        pushPullAndCompare(made(Tools.sif(4 << 10, "compat 4 KiB")));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void pushesAndPullsA1MibImage() {
        pushPullAndCompare(made(Tools.sif(1 << 20, "compat 1 MiB")));
    }

    /** Over the client's 64 MiB threshold, so it uploads in parts; its parallel pull asks for 5 MiB ranges. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void pushesAndPullsA1GibImage() {
        pushPullAndCompare(made(Tools.sif(1L << 30, "compat 1 GiB")));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void pushingTheSameFileAgainUploadsNothing() {
        Path file = made(Tools.sif(1 << 20, "compat again"));
        String ref = pushedAsAlice(file, "again");
        LibraryClient client = aliceClient();

        Tools.Result again = client.pushLogged(file, ref, "v2");

        assertTrue(again.stderr().contains("Image is already present in the library - not uploading"),
                again.describe());
        assertFalse(again.stderr().contains("Now uploading"), again.describe());
        assertEquals(Api.sha256(file), pullAndHash(client, ref, "v2", false), "the new tag names the same image");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void imageSearchAndDeleteAsTheClientSeesThem() {
        Path file = made(Tools.sif(4 << 10, "compat image"));
        String collection = Names.unique("cli");
        String ref = ALICE + "/" + collection + "/img";
        LibraryClient client = aliceClient();
        client.push(file, ref, "v1");

        JsonObject image = client.image(ref + ":v1");
        assertEquals("sha256." + Api.sha256(file), image.getString("hash"));
        assertEquals(Api.size(file), image.getJsonNumber("size").longValue());
        assertTrue(image.getBoolean("uploaded"));

        JsonObject found = client.search(collection);
        assertTrue(names(found, "collection").contains(collection), found.toString());
        assertTrue(names(found, "container").contains("img"), found.toString());

        // a public image needs no token to pull
        assertEquals(Api.sha256(file), pullAndHash(new LibraryClient(null), ref, "v1", false));

        client.delete(ref + ":v1").orFail();

        Tools.Result pull = client.pull(ref, "v1", made(Tools.downloadTarget("deleted")));
        assertFalse(pull.succeeded(), "a deleted image cannot be pulled: " + pull.describe());
        assertTrue(pull.stderr().contains("not found"), pull.describe());
    }

    /**
     * What {@code apptainer search} prints is the image list: each image with its entity, collection, container
     * and tags, and its signers; {@code --arch} and {@code --signed} narrow the search to images.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void searchListsImagesAsTheClientPrintsThemNarrowedByArchitectureAndSignature() {
        String collection = Names.unique("found");
        LibraryClient client = aliceClient();
        SigningKey key = Tools.signingKey("found", Names.unique("found") + "@example.org");
        Keystore.push(TestUser.ALICE, key);
        client.push(made(Tools.signed(made(Tools.sif(4 << 10, "search signed")), key)),
                ALICE + "/" + collection + "/signed", "v1", "stable");
        client.push(made(Tools.sif(4 << 10, "search plain")), ALICE + "/" + collection + "/plain", "v1");

        JsonObject signedOnly = Eventually.await(PARSED_WITHIN, () -> client.search(collection, "signed=true"),
                found -> !found.getJsonArray("image").isEmpty(), "the signed image to be read");

        JsonObject signed = signedOnly.getJsonArray("image").getJsonObject(0);
        assertEquals(1, signedOnly.getJsonArray("image").size(), signedOnly.toString());
        assertEquals(List.of(), names(signedOnly, "container"), "signed only: images alone");
        assertEquals("signed", signed.getString("containerName"));
        assertEquals(collection, signed.getString("collectionName"));
        assertEquals(ALICE, signed.getString("entityName"));
        assertEquals(List.of("stable", "v1"), strings(signed, "tags").stream().sorted().toList());
        assertTrue(signed.getBoolean("signed"));
        assertEquals(List.of(key.fingerprint()), strings(signed, "fingerprints"));

        JsonObject all = client.search(collection);
        assertEquals(List.of("plain", "signed"), all.getJsonArray("image").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("containerName")).sorted().toList(), all.toString());
        String archs = all.getJsonArray("image").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("arch")).distinct().collect(Collectors.joining(","));
        assertEquals(2, client.search(collection, "arch=s390x," + archs).getJsonArray("image").size());
        assertEquals(List.of(), client.search(collection, "arch=s390x").getJsonArray("image").getValuesAs(JsonObject.class));

        assertTrue(names(client.search(ALICE), "entity").contains(ALICE), "the owner is an entity");
    }

    /** An entity names a collection when it is an owner, contributor or team of it, or the configured default. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aRefWhoseEntityDoesNotNameTheCollectionIsNotFound() {
        Path file = made(Tools.sif(4 << 10, "entity"));
        String collection = Names.unique("entity");
        LibraryClient client = aliceClient();
        client.push(file, ALICE + "/" + collection + "/img", "v1");

        Tools.Result stranger = client.pull("nobody/" + collection + "/img", "v1", made(Tools.downloadTarget("stranger")));
        assertFalse(stranger.succeeded(), stranger.describe());
        assertTrue(stranger.stderr().contains("not found") || stranger.stderr().contains("404"), stranger.describe());
        Reply refused = api.get("v1/images/nobody/" + collection + "/img:v1").expect(404);
        assertTrue(refused.text().contains("under the entity 'nobody'"), refused.text());
        api.get("v1/containers/nobody/" + collection + "/img").expect(404);
        api.get("v1/collections/nobody/" + collection).expect(404);

        assertEquals(Api.sha256(file), pullAndHash(client, "library/" + collection + "/img", "v1", false),
                "the default entity names every collection");
        assertEquals(Api.sha256(file), pullAndHash(client, collection + "/img", "v1", false), "as does none");
    }

    /**
     * The parallel pull asks for the 303, probes the first KiB of its URL, then fetches three parts of 5 MiB, the first
     * from byte 0 again: one pull, as is the single-stream one; a 303 that no client follows is none.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aPullCountsOnceHoweverTheClientSplitsIt() {
        String ref = pushedAsAlice(made(Tools.sif(12 << 20, "compat counted")), "counted");
        LibraryClient client = aliceClient();

        api.get("v1/imagefile/" + ref + ":v1?arch=" + LibraryPush.ARCH).expect(303);
        pullAndHash(client, ref, "v1", true);
        pullAndHash(client, ref, "v1", false);

        Eventually.await(COUNTED_WITHIN, () -> downloadCount(ref), count -> count >= 2, "both pulls to count");
        assertEquals("COMPLETED", Management.updateDownloadsOnceTheQueueIsEmpty());
        assertEquals(2, downloadCount(ref), "a parallel pull and a single-stream one");
    }

    /** Pushes {@code file} as alice's {@code img:v1} in a new collection named after {@code name}; returns its ref. */
    private String pushedAsAlice(Path file, String name) {
        String ref = ALICE + "/" + Names.unique(name) + "/img";
        aliceClient().push(file, ref, "v1");
        return ref;
    }

    /** push, pull, cpull and a shub download must all agree with the original file, byte for byte. */
    private void pushPullAndCompare(Path file) {
        String sha256 = Api.sha256(file);
        String collection = Names.unique("compat");
        String ref = ALICE + "/" + collection + "/img";
        LibraryClient client = aliceClient();

        Tools.Result pushed = client.push(file, ref, "v1");
        assertTrue(pushed.stdout().contains("pushed sha256=" + sha256), pushed.describe());

        assertEquals(sha256, pullAndHash(client, ref, "v1", false), "pull");
        assertEquals(sha256, pullAndHash(client, ref, "v1", true), "cpull");

        // shub://, as protocols.md §1: the metadata without credentials, then its image URL
        String image = api.get("api/container/" + collection + "/img:v1").expect(200).json().getString("image");
        Path viaShub = made(Tools.downloadTarget("shub"));
        HttpResponse<Path> download = api.download(image, viaShub);
        assertEquals(200, download.statusCode());
        assertEquals(sha256, Api.sha256(viaShub), "shub");
    }

    private String pullAndHash(LibraryClient client, String ref, String tag, boolean concurrent) {
        Path out = made(Tools.downloadTarget(concurrent ? "cpull" : "pull"));
        Tools.Result pulled = (concurrent ? client.concurrentPull(ref, tag, out) : client.pull(ref, tag, out)).orFail();
        String sha256 = Api.sha256(out);
        assertTrue(pulled.stdout().contains("pulled sha256=" + sha256), pulled.describe());
        Tools.deleteQuietly(out);
        return sha256;
    }

    private long downloadCount(String ref) {
        return api.get("v1/containers/" + ref, TestUser.ALICE.pullToken()).expect(200).data()
                .getJsonNumber("downloadCount").longValue();
    }

    private LibraryClient aliceClient() {
        return new LibraryClient(TestUser.ALICE.pushToken());
    }

    private Path made(Path file) {
        madeFiles.add(file);
        return file;
    }


    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<String> names(JsonObject searchResults, String kind) {
        return searchResults.getJsonArray(kind).getValuesAs(JsonObject.class).stream()
                .map(found -> found.getString("name", null))
                .toList();
    }
}
