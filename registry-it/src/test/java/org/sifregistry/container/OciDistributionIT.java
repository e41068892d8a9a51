package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OtherClient;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code oras://}: the OCI Distribution API under {@code /v2/} over raw HTTP (protocols.md §4), for images pushed
 * through {@code library://}: the version check, manifests built for them, blobs, tags, the token endpoint and its
 * challenge, and the errors in the OCI form; and pushes in every upload flow, whose containers every protocol then
 * pulls. The real oras-go client is in {@link OrasClientIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class OciDistributionIT {

    private static final long SMALL_PAYLOAD = 4096;
    private static final String ALICE = TestUser.ALICE.username();
    private static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";
    private static final String CONFIG_DIGEST = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
    private static final String DOCKER_MANIFEST_TYPE = "application/vnd.docker.distribution.manifest.v2+json";
    private static final String REALM = "http://localhost:8080/v2/token";

    private final Api api = new Api();

    @Test
    void theVersionCheckChallengesAnonymousClientsAndWelcomesSignedInOnes() {
        Reply anonymous = get("v2/", null).expect(401);
        assertEquals("registry/2.0", anonymous.header("Docker-Distribution-API-Version"));
        assertEquals("Bearer realm=\"" + REALM + "\",service=\"localhost:8080\"", anonymous.header("WWW-Authenticate"));
        assertEquals("UNAUTHORIZED", errorCode(anonymous));

        Reply basic = get("v2/", TestUser.ALICE.basicAuthorization()).expect(200);
        assertEquals("registry/2.0", basic.header("Docker-Distribution-API-Version"));
        get("v2/", "Bearer " + token(null, "")).expect(200);
        get("v2/", "Bearer " + TestUser.BOB.pullToken()).expect(200);
    }

    @Test
    void aLibraryImageIsAnArtifactWithAStableManifest() {
        Path file = Tools.sif(SMALL_PAYLOAD, "oci manifest");
        Pushed pushed = push(file, Names.unique("ocim"), "latest");
        String name = pushed.collection() + "/img";

        Reply manifest = get("v2/" + name + "/manifests/latest", null).expect(200);

        String expected = "{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST_TYPE + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.sylabs.sif.config.v1+json\",\"size\":2,\"digest\":\"" + CONFIG_DIGEST + "\"},"
                + "\"layers\":[{\"mediaType\":\"application/vnd.sylabs.sif.layer.v1.sif\",\"size\":"
                + Api.size(file) + ",\"digest\":\"sha256:" + pushed.sha256() + "\",\"annotations\":"
                + "{\"org.opencontainers.image.title\":\"img.sif\"}}]}";
        assertEquals(expected, manifest.text());
        assertEquals(MANIFEST_TYPE, manifest.header("Content-Type"));
        String digest = "sha256:" + Api.sha256(manifest.body());
        assertEquals(digest, manifest.header("Docker-Content-Digest"));
        assertEquals("registry/2.0", manifest.header("Docker-Distribution-API-Version"));

        Reply again = get("v2/" + name + "/manifests/latest", null).expect(200);
        assertArrayEquals(manifest.body(), again.body(), "the same bytes every time");
        Reply byDigest = get("v2/" + name + "/manifests/" + digest, null).expect(200);
        assertArrayEquals(manifest.body(), byDigest.body());
        assertEquals(digest, byDigest.header("Docker-Content-Digest"));
    }

    @Test
    void headOfAManifestAnswersWhatApptainerOneZeroNeeds() {
        Path file = Tools.sif(SMALL_PAYLOAD, "oci head");
        Pushed pushed = push(file, Names.unique("ocih"), "v1");
        String name = pushed.collection() + "/img";
        Reply manifest = get("v2/" + name + "/manifests/v1", null).expect(200);

        Reply head = head("v2/" + name + "/manifests/v1", null).expect(200);

        assertEquals(MANIFEST_TYPE, head.header("Content-Type"));
        assertEquals(manifest.header("Docker-Content-Digest"), head.header("Docker-Content-Digest"));
        assertEquals(Integer.toString(manifest.body().length), head.header("Content-Length"));
        assertEquals(0, head.body().length);
        head("v2/" + name + "/manifests/" + manifest.header("Docker-Content-Digest"), null).expect(200);
    }

    @Test
    void theBlobsAreTheConfigAndTheExactSif() throws IOException {
        Path file = Tools.sif(SMALL_PAYLOAD, "oci blobs");
        Pushed pushed = push(file, Names.unique("ocib"), "latest");
        String blobs = "v2/" + pushed.collection() + "/img/blobs/";

        Reply config = get(blobs + CONFIG_DIGEST, null).expect(200);
        assertEquals("{}", config.text());
        assertEquals(CONFIG_DIGEST, config.header("Docker-Content-Digest"));

        Reply sif = get(blobs + "sha256:" + pushed.sha256(), null).expect(200);
        assertArrayEquals(Files.readAllBytes(file), sif.body());
        assertEquals("sha256:" + pushed.sha256(), sif.header("Docker-Content-Digest"));
        assertEquals(Long.toString(Api.size(file)), sif.header("Content-Length"));

        Reply head = head(blobs + "sha256:" + pushed.sha256(), null).expect(200);
        assertEquals(Long.toString(Api.size(file)), head.header("Content-Length"));
        assertEquals("sha256:" + pushed.sha256(), head.header("Docker-Content-Digest"));
        assertEquals(0, head.body().length);
    }

    @Test
    void rangesOfTheSifAre206AndAPullCountsOnce() throws IOException {
        Path file = Tools.sif(SMALL_PAYLOAD, "oci ranges");
        Pushed pushed = push(file, Names.unique("ocir"), "latest");
        String blob = "v2/" + pushed.collection() + "/img/blobs/sha256:" + pushed.sha256();
        byte[] content = Files.readAllBytes(file);
        int half = content.length / 2;

        Reply first = api.send(Api.request(blob).header("Range", "bytes=0-" + (half - 1)).GET()).expect(206);
        Reply second = api.send(Api.request(blob).header("Range", "bytes=" + half + "-").GET()).expect(206);

        assertEquals("bytes 0-" + (half - 1) + "/" + content.length, first.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(content, 0, half), first.body());
        assertArrayEquals(Arrays.copyOfRange(content, half, content.length), second.body());
        assertEquals("sha256:" + pushed.sha256(), second.header("Docker-Content-Digest"));
        api.send(Api.request(blob).header("Range", "bytes=" + content.length + "-").GET()).expect(416);

        String container = "v1/containers/" + ALICE + "/" + pushed.collection() + "/img";
        long counted = awaitDownloads(container, 1);
        assertEquals(1, counted, "one pull in two ranges counts once");
    }

    @Test
    void tagsAreListedInPagesWithALinkToTheNext() {
        String collection = Names.unique("ocit");
        Path file = Tools.sif(SMALL_PAYLOAD, "oci tags");
        push(file, collection, "b", "a", "d", "c");
        String list = "v2/" + collection + "/img/tags/list";

        JsonObject all = get(list, null).expect(200).json();
        assertEquals(collection + "/img", all.getString("name"));
        assertEquals(List.of("a", "b", "c", "d"), strings(all));

        Reply page = get(list + "?n=2", null).expect(200);
        assertEquals(List.of("a", "b"), strings(page.json()));
        assertEquals("</v2/" + collection + "/img/tags/list?n=2&last=b>; rel=\"next\"", page.header("Link"));
        Reply next = get(list + "?n=2&last=b", null).expect(200);
        assertEquals(List.of("c", "d"), strings(next.json()));
        assertEquals(null, next.header("Link"));
        assertEquals(List.of(), strings(get(list + "?n=0", null).expect(200).json()));
        assertEquals("UNSUPPORTED", errorCode(get(list + "?n=many", null).expect(400)));
    }

    @Test
    void aOnePartNameIsInTheLibrarysDefaultCollection() {
        Path file = Tools.sif(SMALL_PAYLOAD, "oci default collection");
        String name = Names.unique("alone");
        // alice keeps the "library" collection in every run (LibraryApiIT pushes there as her too)
        LibraryPush library = new LibraryPush(api, TestUser.ALICE.pushToken());
        Pushed pushed = library.push(file, TestUser.ALICE.username(), "library", name, "latest");

        Reply manifest = get("v2/" + name + "/manifests/latest", null).expect(200);

        assertTrue(manifest.text().contains("sha256:" + pushed.sha256()), manifest.text());
        assertArrayEquals(manifest.body(), get("v2/library/" + name + "/manifests/latest", null).expect(200).body());
    }

    @Test
    void missingThingsHaveTheirOwnCodes() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "oci missing"), Names.unique("ocix"), "latest");
        String repository = "v2/" + pushed.collection() + "/img";

        assertEquals("NAME_UNKNOWN", errorCode(get("v2/" + pushed.collection() + "/nothing/manifests/latest",
                null).expect(404)));
        assertEquals("NAME_UNKNOWN", errorCode(get("v2/" + pushed.collection() + "/nothing/tags/list", null)
                .expect(404)));
        assertEquals("MANIFEST_UNKNOWN", errorCode(get(repository + "/manifests/no-such-tag", null).expect(404)));
        assertEquals("MANIFEST_UNKNOWN", errorCode(get(repository + "/manifests/sha256:" + "0".repeat(64), null)
                .expect(404)));
        assertEquals("BLOB_UNKNOWN", errorCode(get(repository + "/blobs/sha256:" + "0".repeat(64), null)
                .expect(404)));
        assertEquals(404, head(repository + "/blobs/sha256:" + "0".repeat(64), null).status());
    }

    @Test
    void malformedNamesTagsAndDigestsHaveTheirOwnCodes() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "oci malformed"), Names.unique("ocibad"), "latest");
        String repository = "v2/" + pushed.collection() + "/img";

        assertEquals("NAME_INVALID", errorCode(get("v2/a/b/c/manifests/latest", null).expect(400)));
        assertEquals("NAME_INVALID", errorCode(get("v2/" + pushed.collection() + "/Img/manifests/latest", null)
                .expect(400)));
        assertEquals("NAME_INVALID", errorCode(get("v2/" + pushed.collection() + "/im_g/tags/list", null)
                .expect(400)));
        assertEquals("TAG_INVALID", errorCode(get(repository + "/manifests/-bad", null).expect(400)));
        assertEquals("DIGEST_INVALID", errorCode(get(repository + "/manifests/sha256:abc", null).expect(400)));
        assertEquals("DIGEST_INVALID", errorCode(get(repository + "/blobs/md5:" + "0".repeat(32), null)
                .expect(400)));
    }

    @Test
    void privateContentChallengesAnonymousClientsAndIsMissingForOthers() {
        String collection = privateCollection("ocip");
        Path file = Tools.sif(SMALL_PAYLOAD, "oci private");
        Pushed pushed = push(file, collection, "latest");
        String name = collection + "/img";
        String manifest = "v2/" + name + "/manifests/latest";

        for (String path : List.of(manifest, "v2/" + name + "/blobs/sha256:" + pushed.sha256(),
                "v2/" + name + "/tags/list")) {
            Reply anonymous = get(path, null).expect(401);
            assertEquals("Bearer realm=\"" + REALM + "\",service=\"localhost:8080\",scope=\"repository:" + name
                    + ":pull\"", anonymous.header("WWW-Authenticate"), path);
            assertEquals("UNAUTHORIZED", errorCode(anonymous));
        }
        // the same for a name that does not exist: nothing is learnt without credentials
        Reply missing = get("v2/" + collection + "/nothing/manifests/latest", null).expect(401);
        assertTrue(missing.header("WWW-Authenticate").contains("scope=\"repository:" + collection + "/nothing:pull\""));
        String anonymousToken = token(null, "repository:" + name + ":pull");
        assertEquals(401, get(manifest, "Bearer " + anonymousToken).status());

        assertEquals("NAME_UNKNOWN", errorCode(get(manifest, TestUser.BOB.basicAuthorization()).expect(404)));
        assertEquals("NAME_UNKNOWN", errorCode(get(manifest, "Bearer " + TestUser.BOB.pullToken()).expect(404)));
        String bobs = token(TestUser.BOB.basicAuthorization(), "repository:" + name + ":pull");
        assertEquals("NAME_UNKNOWN", errorCode(get(manifest, "Bearer " + bobs).expect(404)));

        get(manifest, TestUser.ALICE.basicAuthorization()).expect(200);
        get(manifest, "Bearer " + TestUser.ALICE.pullToken()).expect(200);
        get(manifest, Api.basic(ALICE, TestUser.ALICE.pullToken())).expect(200);
    }

    @Test
    void aTokenFromTheRealmOpensWhatItWasGrantedFor() throws IOException {
        String collection = privateCollection("ocitok");
        Path file = Tools.sif(SMALL_PAYLOAD, "oci token");
        Pushed pushed = push(file, collection, "latest");
        String name = collection + "/img";

        for (String credentials : List.of(TestUser.ALICE.basicAuthorization(),
                Api.basic(ALICE, TestUser.ALICE.pullToken()), "Bearer " + TestUser.ALICE.pullToken())) {
            Reply answer = api.send(Api.request("v2/token?service=localhost:8080&scope="
                    + encoded("repository:" + name + ":pull")).header("Authorization", credentials).GET()).expect(200);
            JsonObject json = answer.json();
            assertEquals(json.getString("token"), json.getString("access_token"));
            assertTrue(json.getInt("expires_in") > 0);
            assertFalse(json.getString("issued_at").isBlank());
            String bearer = "Bearer " + json.getString("token");

            get("v2/" + name + "/manifests/latest", bearer).expect(200);
            assertArrayEquals(Files.readAllBytes(file), get("v2/" + name + "/blobs/sha256:" + pushed.sha256(), bearer)
                    .expect(200).body());
        }
    }

    @Test
    void aTokenIsNoKeyToOtherRepositoriesOrOtherApis() {
        String collection = privateCollection("ocioth");
        push(Tools.sif(SMALL_PAYLOAD, "oci other one"), collection, "latest");
        String other = Names.unique("ocioth2");
        push(Tools.sif(SMALL_PAYLOAD, "oci other two"), other, "latest");
        String token = token(TestUser.ALICE.basicAuthorization(), "repository:" + collection + "/img:pull");

        Reply elsewhere = get("v2/" + other + "/img/manifests/latest", "Bearer " + token).expect(401);
        assertTrue(elsewhere.header("WWW-Authenticate").contains("error=\"insufficient_scope\""),
                elsewhere.header("WWW-Authenticate"));
        assertTrue(elsewhere.header("WWW-Authenticate").contains("scope=\"repository:" + other + "/img:pull\""));

        Reply tampered = get("v2/" + collection + "/img/manifests/latest", "Bearer " + token.substring(0,
                token.length() - 2) + "xx").expect(401);
        assertTrue(tampered.header("WWW-Authenticate").contains("error=\"invalid_token\""));

        // the library API keeps its own tokens and its own error envelope
        Reply library = get("v1/token-status", "Bearer " + token).expect(401);
        assertTrue(library.json().containsKey("error"), library.text());
    }

    @Test
    void theOAuthFormOfApptainerOneZeroGetsAnAccessToken() {
        String collection = privateCollection("ocioauth");
        push(Tools.sif(SMALL_PAYLOAD, "oci oauth"), collection, "latest");
        String name = collection + "/img";

        for (String password : List.of(TestUser.ALICE.password(), TestUser.ALICE.pullToken())) {
            String form = "grant_type=password&username=" + ALICE + "&password=" + encoded(password)
                    + "&scope=" + encoded("repository:" + name + ":pull") + "&service=localhost%3A8080"
                    + "&client_id=apptainer";
            Reply answer = api.send(Api.request("v2/token").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))).expect(200);

            get("v2/" + name + "/manifests/latest", "Bearer " + answer.json().getString("access_token")).expect(200);
        }
        String wrong = "grant_type=password&username=" + ALICE + "&password=wrong&scope="
                + encoded("repository:" + name + ":pull");
        assertEquals(401, api.send(Api.request("v2/token").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(wrong))).status());
    }

    @Test
    void anAnonymousTokenPullsPublicContent() throws IOException {
        Path file = Tools.sif(SMALL_PAYLOAD, "oci anonymous");
        Pushed pushed = push(file, Names.unique("ocianon"), "latest");
        String name = pushed.collection() + "/img";
        String token = token(null, "repository:" + name + ":pull,push");

        get("v2/" + name + "/manifests/latest", "Bearer " + token).expect(200);
        assertArrayEquals(Files.readAllBytes(file), get("v2/" + name + "/blobs/sha256:" + pushed.sha256(),
                "Bearer " + token).expect(200).body());
    }

    @Test
    void theLibraryProtocolKeepsItsV2Paths() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "oci library"), Names.unique("ocilib"), "latest");

        JsonObject tags = api.get("v2/tags/" + pushed.containerId(), TestUser.ALICE.pullToken()).expect(200).data();

        assertEquals(pushed.imageId(), tags.getJsonObject(LibraryPush.ARCH).getString("latest"));
    }

    @Test
    void aMonolithicPushAsApptainerOneZeroMakesAContainerEveryProtocolPulls() throws IOException {
        String collection = emptyCollection("ocipush");
        Path file = Tools.sif(SMALL_PAYLOAD, "oci monolithic");
        String name = collection + "/pushed";
        String sha = "sha256:" + Api.sha256(file);
        String alice = TestUser.ALICE.basicAuthorization();

        assertEquals(404, head("v2/" + name + "/blobs/" + sha, alice).status());
        Reply started = send(Api.request("v2/" + name + "/blobs/uploads/").POST(HttpRequest.BodyPublishers.noBody()),
                alice).expect(202);
        String location = started.header("Location");
        assertTrue(location.startsWith("/v2/" + name + "/blobs/uploads/"), location);
        Reply blob = send(Api.request(location.substring(1) + "?digest=" + sha)
                .header("Content-Type", "application/octet-stream").PUT(ofFile(file)), alice).expect(201);
        assertEquals(sha, blob.header("Docker-Content-Digest"));
        send(Api.request("v2/" + name + "/blobs/uploads/?digest=" + CONFIG_DIGEST)
                .POST(HttpRequest.BodyPublishers.ofString("{}")), alice).expect(201);
        assertEquals(404, head("v2/" + name + "/manifests/v1", alice).status());
        assertEquals("MANIFEST_UNKNOWN", errorCode(get("v2/" + name + "/manifests/v1", alice).expect(404)));

        String manifest = "{\"schemaVersion\":2,\"config\":{\"mediaType\":\"application/vnd.unknown.config.v1+json\","
                + "\"digest\":\"" + CONFIG_DIGEST + "\",\"size\":2},\"layers\":[{\"mediaType\":"
                + "\"application/vnd.sylabs.sif.layer.v1.sif\",\"digest\":\"" + sha + "\",\"size\":" + Api.size(file)
                + ",\"annotations\":{\"org.opencontainers.image.title\":\"mine.sif\"}}]}";
        Reply put = putManifest(name, "v1", manifest, alice).expect(201);
        String digest = "sha256:" + Api.sha256(manifest.getBytes(StandardCharsets.UTF_8));
        assertEquals(digest, put.header("Docker-Content-Digest"));

        Reply pulled = get("v2/" + name + "/manifests/v1", null).expect(200);
        assertEquals(manifest, pulled.text(), "the pushed bytes, exactly");
        assertEquals(digest, pulled.header("Docker-Content-Digest"));
        assertEquals(MANIFEST_TYPE, pulled.header("Content-Type"));
        assertEquals(manifest, get("v2/" + name + "/manifests/" + digest, null).expect(200).text());
        assertArrayEquals(Files.readAllBytes(file), get("v2/" + name + "/blobs/" + sha, null).expect(200).body());

        JsonObject shub = awaitParsed("api/container/" + name + ":v1");
        assertEquals("oci monolithic", shub.getJsonObject("metadata").getJsonObject("labels")
                .getString("org.example.note"));
        assertArrayEquals(Files.readAllBytes(file), api.getFollowingRedirects(shub.getString("image")).expect(200)
                .body());
        assertArrayEquals(Files.readAllBytes(file), api.getFollowingRedirects("v1/imagefile/" + ALICE + "/" + name
                + ":v1?arch=amd64").expect(200).body());
    }

    @Test
    void theFlowOfApptainerOneThreeIsOnePatchAndAnEmptyPut() throws IOException {
        String collection = emptyCollection("ocipatch");
        Path file = Tools.sif(SMALL_PAYLOAD, "oci patch");
        String name = collection + "/img";
        String sha = "sha256:" + Api.sha256(file);
        String token = "Bearer " + token(TestUser.ALICE.basicAuthorization(), "repository:" + name + ":push,pull");

        String location = send(Api.request("v2/" + name + "/blobs/uploads/").POST(HttpRequest.BodyPublishers.noBody()),
                token).expect(202).header("Location");
        Reply patched = send(Api.request(location.substring(1)).method("PATCH", ofFile(file)), token).expect(202);
        assertEquals("0-" + (Api.size(file) - 1), patched.header("Range"));
        assertEquals(sha, send(Api.request(patched.header("Location").substring(1) + "?digest=" + sha)
                .PUT(HttpRequest.BodyPublishers.noBody()), token).expect(201).header("Docker-Content-Digest"));

        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST_TYPE + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.sylabs.sif.config.v1+json\",\"size\":2,\"digest\":\"" + CONFIG_DIGEST + "\","
                + "\"data\":\"e30=\"},\"layers\":[{\"mediaType\":\"application/vnd.sylabs.sif.layer.v1.sif\",\"size\":"
                + Api.size(file) + ",\"digest\":\"" + sha + "\",\"annotations\":{\"org.opencontainers.image.title\":"
                + "\"img.sif\"}}],\"annotations\":{\"org.opencontainers.image.created\":\"2026-12-02T00:00:00Z\"}}";
        putManifest(name, "latest", manifest, token).expect(201);

        assertEquals(manifest, get("v2/" + name + "/manifests/latest", null).expect(200).text());
        assertEquals(List.of("latest"), strings(get("v2/" + name + "/tags/list", null).expect(200).json()));
        assertArrayEquals(Files.readAllBytes(file), get("v2/" + name + "/blobs/" + sha, null).expect(200).body());
    }

    @Test
    void chunksArriveInOrderWithContentRange() throws IOException {
        String collection = emptyCollection("ocichunk");
        Path file = Tools.sif(SMALL_PAYLOAD, "oci chunks");
        byte[] content = Files.readAllBytes(file);
        String name = collection + "/img";
        String alice = TestUser.ALICE.basicAuthorization();
        int third = content.length / 3;

        String location = send(Api.request("v2/" + name + "/blobs/uploads/").POST(HttpRequest.BodyPublishers.noBody()),
                alice).expect(202).header("Location").substring(1);
        chunk(location, content, 0, third, alice).expect(202);
        Reply wrongStart = chunk(location, content, 2 * third, content.length, alice).expect(416);
        assertEquals("0-" + (third - 1), wrongStart.header("Range"));
        assertEquals("BLOB_UPLOAD_INVALID", errorCode(wrongStart));
        chunk(location, content, third, 2 * third, alice).expect(202);
        Reply status = get(location, alice).expect(204);
        assertEquals("0-" + (2 * third - 1), status.header("Range"));
        chunk(location, content, 2 * third, content.length, alice).expect(202);
        send(Api.request(location + "?digest=sha256:" + Api.sha256(content)).PUT(HttpRequest.BodyPublishers.noBody()),
                alice).expect(201);

        assertArrayEquals(content, get("v2/" + name + "/blobs/sha256:" + Api.sha256(content), alice).expect(200)
                .body());
        assertEquals("BLOB_UPLOAD_UNKNOWN", errorCode(get(location, alice).expect(404)));
    }

    @Test
    void aWrongDigestIsRefusedAndNothingKept() throws IOException {
        String collection = emptyCollection("ocirefuse");
        Path file = Tools.sif(SMALL_PAYLOAD, "oci wrong digest");
        String name = collection + "/img";
        String alice = TestUser.ALICE.basicAuthorization();
        String wrong = "sha256:" + "1".repeat(64);

        assertEquals("DIGEST_INVALID", errorCode(send(Api.request("v2/" + name + "/blobs/uploads/?digest=" + wrong)
                .POST(ofFile(file)), alice).expect(400)));
        assertEquals(404, head("v2/" + name + "/blobs/" + wrong, alice).status());
        assertEquals(404, head("v2/" + name + "/blobs/sha256:" + Api.sha256(file), alice).status());

        byte[] notSif = "just some text, not an image".getBytes(StandardCharsets.UTF_8);
        assertEquals("BLOB_UPLOAD_UNKNOWN", errorCode(send(Api.request("v2/" + name + "/blobs/uploads/"
                + "0".repeat(32)).method("PATCH", HttpRequest.BodyPublishers.ofByteArray(notSif)), alice)
                .expect(404)));
    }

    @Test
    void aManifestMustDescribeASifArtifactWhoseLayerIsHere() {
        String collection = emptyCollection("ocimani");
        String name = collection + "/img";
        String alice = TestUser.ALICE.basicAuthorization();
        String missing = "sha256:" + "2".repeat(64);
        String layer = "{\"mediaType\":\"application/vnd.sylabs.sif.layer.v1.sif\",\"size\":10,\"digest\":\""
                + missing + "\"}";
        String config = "{\"mediaType\":\"application/vnd.sylabs.sif.config.v1+json\",\"size\":2,\"digest\":\""
                + CONFIG_DIGEST + "\"}";

        assertEquals("MANIFEST_BLOB_UNKNOWN", errorCode(putManifest(name, "v1", "{\"schemaVersion\":2,\"mediaType\":\""
                + MANIFEST_TYPE + "\",\"config\":" + config + ",\"layers\":[" + layer + "]}", alice).expect(404)));
        assertEquals("MANIFEST_INVALID", errorCode(putManifest(name, "v1", "{\"schemaVersion\":2,\"config\":" + config
                + ",\"layers\":[" + layer + "," + layer + "]}", alice).expect(400)));
        assertEquals("MANIFEST_INVALID", errorCode(putManifest(name, "v1", "{\"schemaVersion\":2,\"config\":" + config
                + ",\"layers\":[" + layer.replace("sylabs.sif.layer.v1.sif", "oci.image.layer.v1.tar") + "]}", alice)
                .expect(400)));
        assertEquals("MANIFEST_INVALID", errorCode(putManifest(name, "v1", "not json", alice).expect(400)));
        assertEquals("NAME_UNKNOWN", errorCode(get("v2/" + name + "/tags/list", alice).expect(404)));
    }

    @Test
    void pushingNeedsTheRightToPush() {
        String collection = emptyCollection("ociright");
        String uploads = "v2/" + collection + "/img/blobs/uploads/";

        Reply anonymous = send(Api.request(uploads).POST(HttpRequest.BodyPublishers.noBody()), null).expect(401);
        assertEquals("Bearer realm=\"" + REALM + "\",service=\"localhost:8080\",scope=\"repository:" + collection
                + "/img:pull,push\"", anonymous.header("WWW-Authenticate"));
        assertEquals("DENIED", errorCode(send(Api.request(uploads).POST(HttpRequest.BodyPublishers.noBody()),
                TestUser.BOB.basicAuthorization()).expect(403)));
        assertEquals("DENIED", errorCode(send(Api.request(uploads).POST(HttpRequest.BodyPublishers.noBody()),
                "Bearer " + TestUser.ALICE.pullToken()).expect(403)));
        String pullOnly = token(TestUser.ALICE.basicAuthorization(), "repository:" + collection + "/img:pull");
        Reply narrow = send(Api.request(uploads).POST(HttpRequest.BodyPublishers.noBody()), "Bearer " + pullOnly)
                .expect(401);
        assertTrue(narrow.header("WWW-Authenticate").contains("error=\"insufficient_scope\""));
        String bobs = token(TestUser.BOB.basicAuthorization(), "repository:" + collection + "/img:pull,push");
        assertEquals("DENIED", errorCode(send(Api.request(uploads).POST(HttpRequest.BodyPublishers.noBody()),
                "Bearer " + bobs).expect(403)));
    }

    @Test
    void theContainerPageShowsTheOrasPullCommand() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "oci page"), Names.unique("ocipage"), "latest");

        String page = api.get("containers/container.xhtml?ref=" + pushed.collection() + "/img:latest").expect(200)
                .text();

        assertTrue(page.contains("apptainer pull --no-https oras://localhost:8080/" + pushed.collection()
                + "/img:latest"), page);
    }

    @Test
    void theCatalogListsWhatTheCallerMaySeeInPages() {
        String open = Names.unique("ocicat");
        LibraryPush library = new LibraryPush(api, TestUser.ALICE.pushToken());
        library.push(Tools.sif(SMALL_PAYLOAD, "oci catalog a"), ALICE, open, "a", "latest");
        library.push(Tools.sif(SMALL_PAYLOAD, "oci catalog b"), ALICE, open, "b", "latest");
        String hidden = privateCollection("ocicatp");
        library.push(Tools.sif(SMALL_PAYLOAD, "oci catalog hidden"), ALICE, hidden, "c", "latest");

        Reply first = get("v2/_catalog?n=1&last=" + open, null).expect(200);
        assertEquals(List.of(open + "/a"), repositories(first.json()));
        assertEquals("</v2/_catalog?n=1&last=" + open + "%2Fa>; rel=\"next\"", first.header("Link"));
        assertEquals(List.of(open + "/b"), repositories(get("v2/_catalog?n=1&last=" + open + "/a", null).expect(200)
                .json()));
        assertFalse(repositories(get("v2/_catalog?n=5&last=" + hidden, null).expect(200).json())
                .contains(hidden + "/c"));
        assertEquals(List.of(hidden + "/c"), repositories(get("v2/_catalog?n=1&last=" + hidden,
                TestUser.ALICE.basicAuthorization()).expect(200).json()));
    }

    @Test
    void deletingATagOrAManifestDeletesContainersAndTheLastTagTheImage() {
        Pushed pushed = push(Tools.sif(SMALL_PAYLOAD, "oci delete"), Names.unique("ocidel"), "v1", "v2", "v3");
        String manifests = "v2/" + pushed.collection() + "/img/manifests/";
        String alice = TestUser.ALICE.basicAuthorization();
        String digest = get(manifests + "v1", null).expect(200).header("Docker-Content-Digest");

        assertEquals(401, delete(manifests + "v1", null).status());
        assertEquals("DENIED", errorCode(delete(manifests + "v1", TestUser.BOB.basicAuthorization()).expect(403)));
        delete(manifests + "v1", alice).expect(202);
        assertEquals("MANIFEST_UNKNOWN", errorCode(get(manifests + "v1", null).expect(404)));
        assertEquals(List.of("v2", "v3"), strings(get("v2/" + pushed.collection() + "/img/tags/list", null)
                .expect(200).json()));

        delete(manifests + digest, alice).expect(202);
        assertEquals(404, get(manifests + "v2", null).status());
        assertEquals(404, get(manifests + "v3", null).status());
        assertEquals(404, api.get("api/container/" + pushed.collection() + "/img:v2").status());
        // the last tag took the image with it (its room in the quota is free, its file goes with the garbage), so
        // the repository holds nothing any more (OciContentIT has the refusal of a blob delete while a tag points at it)
        assertEquals("NAME_UNKNOWN", errorCode(delete(manifests + "v9", alice).expect(404)));
        assertEquals(404, head("v2/" + pushed.collection() + "/img/blobs/sha256:" + pushed.sha256(), alice).status());
    }

    @Test
    void tooManyWrongPasswordsAreTooManyRequests() {
        // a user name of its own, so that no real account comes near Elytron's own lock
        OtherClient client = OtherClient.onNewAddress();
        Map<String, String> wrong = Map.of("Authorization", Api.basic(Names.unique("guess"), "wrong"));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, client.get("v2/", wrong).status());
        }

        Reply refused = client.get("v2/", wrong);

        assertEquals(429, refused.status());
        assertEquals("TOOMANYREQUESTS", errorCode(refused));
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
    }

    /**
     * Apptainer 1.3 and later (go-containerregistry's remote.Write, then remote.Image) replayed request by request, as
     * protocols.md §4 describes it, since Debian packages no go-containerregistry for a driver of the real client.
     * Into a collection nobody has yet, which the first upload makes alice's, so that the token's grant for a
     * collection to be made and two parallel first uploads are part of it.
     */
    @Test
    @DisplayName("go-containerregistry push/pull sequence")
    void goContainerRegistryPushPullSequence() throws Exception {
        Path file = Tools.sif(SMALL_PAYLOAD * 4, "ggcr sequence");
        byte[] sif = Files.readAllBytes(file);
        String sha = "sha256:" + Api.sha256(sif);
        String collection = Names.unique("ggcr");
        // the client reaches the registry at its own address, REGISTRY_BASE_URL, as a user's ref names it
        String registry = "http://localhost:8080/v2/";
        String name = collection + "/rocks";
        String alice = TestUser.ALICE.basicAuthorization();

        // §4 push: GET /v2/, and on 401 the Bearer challenge, whose realm Apptainer 1.5.3 accepts only at the
        // registry's own host:port (and not http for an https registry)
        Reply ping = get(registry, null).expect(401);
        String challenge = ping.header("WWW-Authenticate");
        String realm = challengeParameter(challenge, "realm");
        assertEquals(REALM, realm);
        assertEquals(URI.create(registry).getAuthority(), URI.create(realm).getAuthority());
        assertEquals(URI.create(registry).getScheme(), URI.create(realm).getScheme());
        String service = challengeParameter(challenge, "service");
        // GET <realm>?scope=repository:<name>:push,pull&service=... with Basic; the client reads token
        String push = "Bearer " + api.send(Api.request(realm + "?scope=" + encoded("repository:" + name + ":push,pull")
                + "&service=" + encoded(service)).header("Authorization", alice).GET()).expect(200).json()
                .getString("token");
        get(registry, push).expect(200);
        // HEAD manifests/<tag>: nothing there yet
        assertEquals(404, head(registry + name + "/manifests/v1", push).status());
        // the config and the SIF in parallel: HEAD blobs/<d> (404), POST uploads/ (202 + Location), ONE PATCH of the
        // whole blob without Content-Range (202, a new Location), PUT <Location>?digest=<d> with an empty body (201)
        CompletableFuture<Void> config = CompletableFuture.runAsync(() -> ggcrUpload(registry, name,
                "{}".getBytes(StandardCharsets.UTF_8), CONFIG_DIGEST, push));
        CompletableFuture<Void> layer = CompletableFuture.runAsync(() -> ggcrUpload(registry, name, sif, sha, push));
        CompletableFuture.allOf(config, layer).get();
        // PUT manifests/<tag> as the OCI type; Apptainer 1.3.0 alone sent the docker v2 type
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST_TYPE + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.sylabs.sif.config.v1+json\",\"size\":2,\"digest\":\"" + CONFIG_DIGEST + "\"},"
                + "\"layers\":[{\"mediaType\":\"application/vnd.sylabs.sif.layer.v1.sif\",\"size\":" + sif.length
                + ",\"digest\":\"" + sha + "\",\"annotations\":{\"org.opencontainers.image.title\":\"rocks.sif\"}}]}";
        String digest = putManifest(registry + name, "v1", MANIFEST_TYPE, manifest, push).expect(201)
                .header("Docker-Content-Digest");
        assertEquals("sha256:" + Api.sha256(manifest.getBytes(StandardCharsets.UTF_8)), digest);
        // pushed again under another tag: HEAD blobs/<d> answers 200, so the client skips the uploads
        assertEquals(200, head(registry + name + "/blobs/" + sha, push).status());
        assertEquals(200, head(registry + name + "/blobs/" + CONFIG_DIGEST, push).status());
        putManifest(registry + name, "latest", MANIFEST_TYPE, manifest, push).expect(201);
        // Apptainer 1.3.0's docker v2 type, to a name of its own: the registry keeps one manifest per name and SIF
        String legacy = collection + "/legacy";
        String docker = manifest.replace(MANIFEST_TYPE, DOCKER_MANIFEST_TYPE);
        String legacyPush = "Bearer " + api.send(Api.request(realm + "?scope=" + encoded("repository:" + legacy
                + ":push,pull") + "&service=" + encoded(service)).header("Authorization", alice).GET()).expect(200)
                .json().getString("token");
        ggcrUpload(registry, legacy, "{}".getBytes(StandardCharsets.UTF_8), CONFIG_DIGEST, legacyPush);
        ggcrUpload(registry, legacy, sif, sha, legacyPush);
        putManifest(registry + legacy, "v1", DOCKER_MANIFEST_TYPE, docker, legacyPush).expect(201);

        // the first upload made the collection, alice's
        assertTrue(BrowserSession.signedIn(TestUser.ROOT).get("collections/collection.xhtml?name=" + collection)
                .contains("owner-name\">" + ALICE + "<"), "alice owns " + collection);

        // §4 pull: GET /v2/ + token (pull) + HEAD manifests/<tag>, then GET manifests/<tag> with the client's Accept
        get(registry, null).expect(401);
        String pull = "Bearer " + api.send(Api.request(realm + "?scope=" + encoded("repository:" + name + ":pull")
                + "&scope=" + encoded("repository:" + legacy + ":pull") + "&service=" + encoded(service))
                .header("Authorization", alice).GET()).expect(200).json().getString("token");
        for (String[] pushed : List.of(new String[] {name, MANIFEST_TYPE, manifest},
                new String[] {legacy, DOCKER_MANIFEST_TYPE, docker})) {
            Reply described = head(registry + pushed[0] + "/manifests/v1", pull).expect(200);
            assertEquals(pushed[1], described.header("Content-Type"));
            assertEquals(Integer.toString(pushed[2].length()), described.header("Content-Length"));
            Reply fetched = send(Api.request(registry + pushed[0] + "/manifests/v1").header("Accept",
                    MANIFEST_TYPE + "," + DOCKER_MANIFEST_TYPE + ",application/vnd.oci.image.index.v1+json,"
                            + "application/vnd.docker.distribution.manifest.list.v2+json").GET(), pull).expect(200);
            assertEquals(pushed[2], fetched.text(), "the pushed bytes, exactly");
            assertEquals(described.header("Docker-Content-Digest"), fetched.header("Docker-Content-Digest"));
        }
        assertEquals(digest, head(registry + name + "/manifests/latest", pull).expect(200)
                .header("Docker-Content-Digest"));
        // GET blobs/<config>, and the SIF in parallel ranges as a parallel client fetches it (206 each)
        assertEquals("{}", get(registry + name + "/blobs/" + CONFIG_DIGEST, pull).expect(200).text());
        int half = sif.length / 2;
        CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> send(Api.request(registry + name
                + "/blobs/" + sha).header("Range", "bytes=0-" + (half - 1)).GET(), pull).expect(206).body());
        CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> send(Api.request(registry + name
                + "/blobs/" + sha).header("Range", "bytes=" + half + "-").GET(), pull).expect(206).body());
        assertArrayEquals(Arrays.copyOfRange(sif, 0, half), first.get());
        assertArrayEquals(Arrays.copyOfRange(sif, half, sif.length), second.get());
    }

    /** One blob as go-containerregistry's writer uploads it: HEAD, POST, one PATCH, an empty PUT with the digest. */
    /** Two tags of one SIF pushed with two manifests (the OCI and the docker type) each answer their own bytes. */
    @Test
    void eachTagAnswersTheManifestItWasPushedWith() throws IOException {
        String name = emptyCollection("ocitwo") + "/img";
        String alice = TestUser.ALICE.basicAuthorization();
        Path file = Tools.sif(SMALL_PAYLOAD, "two manifests");
        byte[] sif = Files.readAllBytes(file);
        String sha = "sha256:" + Api.sha256(file);
        for (byte[] blob : List.of("{}".getBytes(StandardCharsets.UTF_8), sif)) {
            send(Api.request("v2/" + name + "/blobs/uploads/?digest=sha256:" + Api.sha256(blob))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(blob)), alice).expect(201);
        }
        String oci = "{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST_TYPE + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.sylabs.sif.config.v1+json\",\"size\":2,\"digest\":\"" + CONFIG_DIGEST + "\"},"
                + "\"layers\":[{\"mediaType\":\"application/vnd.sylabs.sif.layer.v1.sif\",\"size\":" + sif.length
                + ",\"digest\":\"" + sha + "\"}]}";
        String docker = oci.replace(MANIFEST_TYPE, DOCKER_MANIFEST_TYPE);

        putManifest("v2/" + name, "v1", MANIFEST_TYPE, oci, alice).expect(201);
        putManifest("v2/" + name, "v2", DOCKER_MANIFEST_TYPE, docker, alice).expect(201);

        assertEquals(oci, get("v2/" + name + "/manifests/v1", alice).expect(200).text());
        assertEquals(docker, get("v2/" + name + "/manifests/v2", alice).expect(200).text());
        assertEquals(MANIFEST_TYPE, head("v2/" + name + "/manifests/v1", alice).expect(200).header("Content-Type"));
    }

    private void ggcrUpload(String registry, String name, byte[] blob, String digest, String token) {
        assertEquals(404, head(registry + name + "/blobs/" + digest, token).status());
        Reply started = send(Api.request(registry + name + "/blobs/uploads/").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()), token).expect(202);
        URI location = URI.create(registry).resolve(started.header("Location"));
        Reply patched = send(Api.request(location.toString()).header("Content-Type", "application/octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(blob)), token).expect(202);
        URI next = location.resolve(patched.header("Location"));
        assertEquals(digest, send(Api.request(next + "?digest=" + encoded(digest))
                .PUT(HttpRequest.BodyPublishers.noBody()), token).expect(201).header("Docker-Content-Digest"));
    }

    /** A parameter of a {@code WWW-Authenticate} challenge ({@code realm="..."}). */
    private static String challengeParameter(String challenge, String parameter) {
        Matcher value = Pattern.compile(parameter + "=\"([^\"]*)\"").matcher(challenge);
        assertTrue(value.find(), parameter + " in " + challenge);
        return value.group(1);
    }

    private Reply putManifest(String repository, String reference, String type, String manifest,
                              String authorization) {
        return send(Api.request(repository + "/manifests/" + reference).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofString(manifest)), authorization);
    }

    private Pushed push(Path file, String collection, String... tags) {
        return new LibraryPush(api, TestUser.ALICE.pushToken()).push(file, ALICE, collection, "img", tags);
    }

    private String privateCollection(String prefix) {
        String collection = Names.unique(prefix);
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection(ALICE, collection, true);
        return collection;
    }

    /** A public collection of alice's with nothing in it yet. */
    private String emptyCollection(String prefix) {
        String collection = Names.unique(prefix);
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection(ALICE, collection, false);
        return collection;
    }

    private Reply putManifest(String name, String reference, String manifest, String authorization) {
        return putManifest("v2/" + name, reference, MANIFEST_TYPE, manifest, authorization);
    }

    private Reply chunk(String location, byte[] content, int from, int to, String authorization) {
        return send(Api.request(location).header("Content-Range", from + "-" + (to - 1))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(content, from, to))),
                authorization);
    }

    private Reply send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    /** The shub answer once the header of the pushed image has been read. */
    private JsonObject awaitParsed(String path) {
        JsonObject container = Eventually.await(Duration.ofSeconds(60), () -> api.get(path).expect(200).json(),
                c -> !"PENDING".equals(c.getJsonObject("metadata").getString("parseStatus")), path + " to be read");
        assertEquals("PARSED", container.getJsonObject("metadata").getString("parseStatus"), container.toString());
        return container;
    }

    private static HttpRequest.BodyPublisher ofFile(Path file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A token from the realm, as a client asks for it: {@code authorization} null for none. */
    private String token(String authorization, String scope) {
        HttpRequest.Builder request = Api.request("v2/token?service=localhost:8080&scope=" + encoded(scope));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.GET()).expect(200).json().getString("token");
    }

    private Reply get(String path, String authorization) {
        HttpRequest.Builder request = Api.request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    private Reply delete(String path, String authorization) {
        return send(Api.request(path).DELETE(), authorization);
    }

    private Reply head(String path, String authorization) {
        HttpRequest.Builder request = Api.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    /** The count once {@code expected} pulls counted and every event left was counted too. */
    private long awaitDownloads(String container, long expected) {
        Eventually.await(Duration.ofSeconds(60), () -> downloadCount(container), count -> count >= expected,
                expected + " pulls to count");
        assertEquals("COMPLETED", Management.updateDownloadsOnceTheQueueIsEmpty());
        return downloadCount(container);
    }

    private long downloadCount(String container) {
        return api.get(container, TestUser.ALICE.pullToken()).expect(200).data().getJsonNumber("downloadCount")
                .longValue();
    }

    private static String errorCode(Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("code");
    }

    private static List<String> repositories(JsonObject catalog) {
        return catalog.getJsonArray("repositories").getValuesAs(jakarta.json.JsonString::getString);
    }

    private static List<String> strings(JsonObject tagList) {
        return tagList.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
