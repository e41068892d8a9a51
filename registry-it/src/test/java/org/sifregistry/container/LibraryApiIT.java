package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.SignedUrls;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The Sylabs library API and the API tokens over raw HTTP, as protocols.md §2 and the API spec describe them: every
 * endpoint, its status codes and its error envelope, on real SIF images. The client code's own view is
 * {@link LibraryClientCompatIT}; this class checks what the client cannot see (refusals, signatures, privacy).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class LibraryApiIT {

    private static final String ARCH = "?arch=" + LibraryPush.ARCH;
    private static final long SMALL_PAYLOAD = 4096;
    private static final String ALICE = TestUser.ALICE.username();

    private final Api api = new Api();

    // ---- discovery -------------------------------------------------------------------------------------------

    @Test
    void discoveryConfigNamesTheApisWithAbsoluteUris() {
        JsonObject config = api.get("assets/config/config.prod.json").expect(200).json();

        for (String apiName : List.of("libraryAPI", "keystoreAPI", "tokenAPI")) {
            URI uri = URI.create(config.getJsonObject(apiName).getString("uri"));
            assertTrue(uri.isAbsolute() && uri.getScheme().startsWith("http"), apiName + " is absolute: " + uri);
        }
        // apptainer sends every library call to this URI, so it must really lead to the library API
        String library = config.getJsonObject("libraryAPI").getString("uri");
        api.get(library.replaceAll("/*$", "/") + "version").expect(200);
    }

    @Test
    void versionSelectsV2UploadsAndArchTagsAtTheRootAndUnderApiLibrary() {
        for (String path : List.of("version", "api/library/version")) {
            JsonObject version = api.get(path).expect(200).data();

            assertEquals("2.0.0-alpha.2", version.getString("apiVersion"), path);
            assertFalse(version.getString("version").isBlank(), path);
        }
    }

    // ---- tokens ----------------------------------------------------------------------------------------------

    @Test
    void tokenIsCreatedListedWithoutItsSecretAndRevoked() {
        String name = Names.unique("ci");
        JsonObject created = createToken(TestUser.CAROL, tokenBody(name, "push").addNull("expiresAt").build())
                .expect(201).json();

        long id = created.getJsonNumber("id").longValue();
        String secret = created.getString("secret");
        assertEquals(name, created.getString("name"));
        assertEquals("push", created.getString("scope"));
        assertTrue(secret.startsWith("sifr_"), secret);
        assertFalse(created.getString("created").isBlank());
        assertEquals(JsonValue.NULL, created.get("expiresAt"), "no expiry, written as null: " + created);
        api.get("v1/token-status", secret).expect(200);

        JsonObject list = listTokens(TestUser.CAROL).expect(200).json();
        assertFalse(list.toString().contains(secret), "the list never shows a secret");
        assertTrue(list.getJsonNumber("total").longValue() >= 1);
        JsonObject listed = tokenIn(list, id);
        assertNotNull(listed, "the new token is on the first page (newest first): " + list);
        for (String field : List.of("name", "scope", "created", "expiresAt", "lastUsed", "revoked")) {
            assertTrue(listed.containsKey(field), field + " in " + listed);
        }
        assertFalse(listed.containsKey("secret"));
        assertFalse(listed.getBoolean("revoked"));

        revokeToken(TestUser.CAROL, id).expect(204);

        api.get("v1/token-status", secret).expectError(401);
        JsonObject afterRevoke = tokenIn(listTokens(TestUser.CAROL).expect(200).json(), id);
        assertTrue(afterRevoke == null || afterRevoke.getBoolean("revoked"), "gone or marked revoked: " + afterRevoke);
    }

    @Test
    void tokenWithAnExpiryKeepsIt() {
        Instant expiresAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonObject created = createToken(TestUser.CAROL,
                tokenBody(Names.unique("ci"), "pull").add("expiresAt", expiresAt.toString()).build()).expect(201).json();

        assertEquals(expiresAt, OffsetDateTime.parse(created.getString("expiresAt")).toInstant());
        assertEquals("pull", created.getString("scope"));
        api.get("v1/token-status", created.getString("secret")).expect(200);
    }

    @Test
    void tokenStatusMatchesTheSchemeInAnyCase() {
        String secret = TestUser.ALICE.pullToken();

        for (String scheme : List.of("Bearer", "BEARER", "bearer")) {
            api.send(Api.request("v1/token-status").header("Authorization", scheme + " " + secret).GET()).expect(200);
        }
    }

    @Test
    void tokenStatusRefusesMissingAndUnknownTokens() {
        api.get("v1/token-status").expectError(401);
        api.get("v1/token-status", Names.unknownToken()).expectError(401);
        api.get("v1/token-status", Names.unique("not-a-registry-token")).expectError(401);
    }

    @Test
    void tokensNeedASignedInUser() {
        JsonObject body = tokenBody("ci", "push").addNull("expiresAt").build();

        api.post("api/tokens", null, body).expectError(401);
        api.get("api/tokens").expectError(401);
        api.delete("api/tokens/1", null).expectError(401);
        api.send(Api.request("api/tokens").header("Authorization", Api.basic(ALICE, "wrong-password"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).expect(401);
    }

    @Test
    void tokenWithABadScopeOrNameIsRefused() {
        createToken(TestUser.CAROL, tokenBody("ci", "admin").addNull("expiresAt").build()).expectError(400);
        createToken(TestUser.CAROL, Api.object().add("name", "ci").addNull("expiresAt").build()).expectError(400);
        createToken(TestUser.CAROL, tokenBody("", "push").addNull("expiresAt").build()).expectError(400);
        createToken(TestUser.CAROL, Api.object().add("scope", "push").build()).expectError(400);
    }

    @Test
    void anotherUserCannotRevokeYourToken() {
        JsonObject created = createToken(TestUser.CAROL, tokenBody(Names.unique("ci"), "pull").build())
                .expect(201).json();

        Reply refused = revokeToken(TestUser.BOB, created.getJsonNumber("id").longValue());

        assertTrue(refused.status() == 403 || refused.status() == 404, "refused, not " + refused.status());
        api.get("v1/token-status", created.getString("secret")).expect(200);
    }

    // ---- the push flow, step by step ------------------------------------------------------------------------

    @Test
    void pushFlowStepByStepAnswersAsTheClientExpects() {
        String token = TestUser.ALICE.pushToken();
        String collection = Names.unique("flow");
        String container = "step";
        Path file = Tools.sif(SMALL_PAYLOAD, "push flow");
        String hash = "sha256." + Api.sha256(file);

        // the caller is a known user once they have signed in (they made the token)
        api.get("v1/entities/" + ALICE, token).expect(200);
        assertEquals(ALICE, api.post("v1/entities", token, Api.object().add("name", ALICE).build())
                .expect(200).data().getString("id"));

        api.get("v1/collections/" + ALICE + "/" + collection, token).expectError(404);
        JsonObject createdCollection = api.post("v1/collections", token, Api.object().add("name", collection)
                .add("entity", ALICE).add("private", false).build()).expect(200).data();
        assertEquals(collection, createdCollection.getString("id"));
        assertEquals(collection, createdCollection.getString("name"));
        assertEquals(collection, api.get("v1/collections/" + ALICE + "/" + collection, token).expect(200)
                .data().getString("id"));

        String containerPath = "v1/containers/" + ALICE + "/" + collection + "/" + container;
        // in a collection its owner may push to, every container name is there to take images, empty at first
        assertTrue(api.get(containerPath, token).expect(200).data().getJsonArray("images").isEmpty());
        api.get(containerPath, TestUser.BOB.pushToken()).expectError(404);
        String containerId = api.post("v1/containers", token, Api.object().add("name", container)
                .add("collection", collection).build()).expect(200).data().getString("id");
        assertEquals(collection + "." + container, containerId);
        assertEquals(containerId, api.get(containerPath, token).expect(200).data().getString("id"));

        String byHash = "v1/images/" + ALICE + "/" + collection + "/" + container + ":" + hash + ARCH;
        api.get(byHash, token).expectError(404);
        JsonObject image = api.post("v1/images", token, Api.object().add("hash", hash).add("container", containerId)
                .build()).expect(200).data();
        String imageId = image.getString("id");
        assertTrue(imageId.matches("[0-9]+"), "a decimal id: " + imageId);
        assertEquals(hash, image.getString("hash"));
        assertFalse(image.getBoolean("uploaded"));
        assertEquals(0, image.getJsonNumber("size").longValue());

        LibraryPush push = new LibraryPush(api, token);
        String uploadUrl = push.announce(imageId, file).expect(200).data().getString("uploadURL");
        assertTrue(URI.create(uploadUrl).isAbsolute(), uploadUrl);
        api.putFile(uploadUrl, file).expect(200);
        JsonObject completed = push.complete(imageId).expect(200).data();
        assertTrue(completed.containsKey("quota") && completed.get("quota").getValueType() == JsonValue.ValueType.OBJECT,
                "quota is an object: " + completed);
        assertFalse(completed.getString("containerUrl").isBlank());

        assertEquals(Json.createObjectBuilder().build(), api.get("v2/tags/" + containerId, token).expect(200).data(),
                "no tags yet is an empty object, not a 404");
        push.tag(containerId, "v1", imageId);
        assertEquals(imageId, api.get("v2/tags/" + containerId, token).expect(200).data()
                .getJsonObject(LibraryPush.ARCH).getString("v1"));

        JsonObject pulled = api.get("v1/images/" + ALICE + "/" + collection + "/" + container + ":v1" + ARCH)
                .expect(200).data();
        assertEquals(hash, pulled.getString("hash"));
        assertEquals(Api.size(file), pulled.getJsonNumber("size").longValue());
        assertTrue(pulled.getBoolean("uploaded"));
    }

    @Test
    void aCollectionMadeWithADescriptionShowsIt() {
        String token = TestUser.ALICE.pushToken();
        String collection = Names.unique("described");
        new LibraryPush(api, token).entity(ALICE);

        JsonObject made = api.post("v1/collections", token, Api.object().add("name", collection).add("entity", ALICE)
                .add("description", "Rocks & minerals").add("private", false).build()).expect(200).data();

        assertEquals("Rocks & minerals", made.getString("description"));
        assertEquals("Rocks & minerals", api.get("v1/collections/" + ALICE + "/" + collection, token).expect(200)
                .data().getString("description"));
        assertTrue(api.get("collections/collection.xhtml?name=" + collection).expect(200).text()
                .contains("Rocks &amp; minerals"), "the collection's page shows it");
    }

    @Test
    void unknownThingsAre404() {
        String missing = Names.unique("none");

        api.get("v1/entities/" + missing).expectError(404);
        api.get("v1/collections/" + ALICE + "/" + missing).expectError(404);
        api.get("v1/containers/" + ALICE + "/" + missing + "/x").expectError(404);
        api.get("v1/images/" + ALICE + "/" + missing + "/x:v1" + ARCH).expectError(404);
        api.get("v1/imagefile/" + ALICE + "/" + missing + "/x:v1" + ARCH).expectError(404);
    }

    @Test
    void ociRedirectIs404SoThatClientsSpeakTheLibraryProtocol() {
        Pushed pushed = pushNew("oci");

        api.get("v1/oci-redirect/" + pushed.ref() + ":v1" + ARCH, TestUser.ALICE.pushToken()).expectError(404);
    }

    // ---- pull ------------------------------------------------------------------------------------------------

    @Test
    void anImageTheTagNoLongerNamesPullsByItsHash() throws IOException {
        String collection = Names.unique("moved");
        Path older = Tools.sif(SMALL_PAYLOAD, "moved older");
        Pushed first = alicePush().push(older, ALICE, collection, "img", "v1");
        alicePush().push(Tools.sif(SMALL_PAYLOAD, "moved newer"), ALICE, collection, "img", "v1");

        String location = api.get("v1/imagefile/" + first.ref() + ":" + first.hash() + ARCH).expect(303)
                .header("Location");

        assertArrayEquals(Files.readAllBytes(older), api.get(location).expect(200).body());
        api.get("v1/imagefile/" + first.ref() + ":sha256." + "0".repeat(64) + ARCH).expectError(404);
    }

    @Test
    void pullRedirectsToASignedUrlThatServesTheBytesAndRanges() throws IOException {
        Path file = Tools.sif(SMALL_PAYLOAD, "pull");
        Pushed pushed = alicePush().push(file, ALICE, Names.unique("pull"), "img", "v1");
        byte[] content = Files.readAllBytes(file);

        Reply redirect = api.get("v1/imagefile/" + pushed.ref() + ":v1" + ARCH).expect(303);
        String location = redirect.header("Location");
        assertNotNull(location);
        assertTrue(URI.create(location).isAbsolute(), "older clients need an absolute Location: " + location);

        Reply whole = api.get(location).expect(200);
        assertEquals(Api.sha256(file), Api.sha256(whole.body()));

        Reply range = api.send(Api.request(location).header("Range", "bytes=0-99").GET()).expect(206);
        assertEquals("bytes 0-99/" + content.length, range.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(content, 0, 100), range.body());

        Reply middle = api.send(Api.request(location).header("Range", "bytes=1000-1999").GET()).expect(206);
        assertEquals("bytes 1000-1999/" + content.length, middle.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(content, 1000, 2000), middle.body());
    }

    @Test
    void withRedirectsSwitchedOffTheImageFileIsStreamedDirectly() throws IOException {
        Path file = Tools.sif(SMALL_PAYLOAD, "streamed pull");
        Pushed pushed = alicePush().push(file, ALICE, Names.unique("stream"), "img", "v1");

        setRedirectProperty("false");
        try {
            Reply streamed = api.get("v1/imagefile/" + pushed.ref() + ":v1" + ARCH).expect(200);
            assertEquals(Api.sha256(file), Api.sha256(streamed.body()));
        } finally {
            setRedirectProperty("${env.REGISTRY_LIBRARY_REDIRECT:true}");
        }
        api.get("v1/imagefile/" + pushed.ref() + ":v1" + ARCH).expect(303);
    }

    /** What REGISTRY_LIBRARY_REDIRECT sets at start, changed at run time as an admin would with jboss-cli. */
    private static void setRedirectProperty(String value) {
        Management.setSystemProperty("registry.library.redirect", value);
    }

    @Test
    void refsWithOneTwoOrThreePartsAndTheApiLibraryMirrorFindTheSameImage() {
        // one-part refs name the collection "library"; alice keeps it, so later runs may push there again
        Pushed inLibrary = alicePush().push(Tools.sif(SMALL_PAYLOAD, "short ref"), ALICE, "library",
                Names.unique("short"), "v1");
        Pushed elsewhere = pushNew("refs");

        for (Pushed pushed : List.of(inLibrary, elsewhere)) {
            String tail = pushed.container() + ":v1" + ARCH;
            for (String path : List.of("v1/images/" + pushed.ref() + ":v1" + ARCH,
                    "v1/images/" + pushed.collection() + "/" + tail,
                    "api/library/v1/images/" + pushed.ref() + ":v1" + ARCH)) {
                assertEquals(pushed.hash(), api.get(path).expect(200).data().getString("hash"), path);
            }
        }
        assertEquals(inLibrary.hash(), api.get("v1/images/" + inLibrary.container() + ":v1" + ARCH).expect(200)
                .data().getString("hash"));
        api.get("v1/imagefile/" + inLibrary.container() + ":v1" + ARCH).expect(303);
    }

    // ---- tags ------------------------------------------------------------------------------------------------

    @Test
    void v1TagsListAndSetTags() {
        Pushed pushed = pushNew("tags1");
        String token = TestUser.ALICE.pushToken();

        assertEquals(pushed.imageId(), api.get("v1/tags/" + pushed.containerId(), token).expect(200)
                .data().getString("v1"));

        api.post("v1/tags/" + pushed.containerId(), token, Api.object().add("Tag", "stable")
                .add("ImageID", pushed.imageId()).build()).expect(200);

        assertEquals(pushed.imageId(), api.get("v1/tags/" + pushed.containerId(), token).expect(200)
                .data().getString("stable"));
        assertEquals(pushed.hash(), api.get("v1/images/" + pushed.ref() + ":stable" + ARCH).expect(200)
                .data().getString("hash"));
    }

    @Test
    void settingAnExistingTagMovesIt() {
        Pushed first = pushNew("move");
        Pushed second = alicePush().push(Tools.sif(SMALL_PAYLOAD, "move again"), ALICE, first.collection(),
                first.container(), "v1");

        assertNotEquals(first.imageId(), second.imageId());
        assertEquals(second.imageId(), api.get("v2/tags/" + first.containerId(), TestUser.ALICE.pushToken())
                .expect(200).data().getJsonObject(LibraryPush.ARCH).getString("v1"));
        assertEquals(second.hash(), api.get("v1/images/" + first.ref() + ":v1" + ARCH).expect(200)
                .data().getString("hash"));
    }

    // ---- uploads: dedup and refusals -------------------------------------------------------------------------

    @Test
    void reannouncingAnUploadedHashInTheSameContainerIsDeduplicated() {
        Pushed pushed = pushNew("dedup");
        String token = TestUser.ALICE.pushToken();

        JsonObject found = api.get("v1/images/" + pushed.ref() + ":" + pushed.hash() + ARCH, token).expect(200).data();
        assertTrue(found.getBoolean("uploaded"), "the client skips the upload on this");
        assertEquals(pushed.imageId(), found.getString("id"));

        JsonObject again = api.post("v1/images", token, Api.object().add("hash", pushed.hash())
                .add("container", pushed.containerId()).build()).expect(200).data();
        assertTrue(again.getBoolean("uploaded"));
        assertEquals(pushed.imageId(), again.getString("id"));
    }

    @Test
    void bytesThatDoNotMatchTheAnnouncedSha256AreRefusedAndNothingIsPublished() {
        Path announced = Tools.sif(SMALL_PAYLOAD, "twin");
        Path sent = Tools.sif(SMALL_PAYLOAD, "twin");
        assertEquals(Api.size(announced), Api.size(sent), "the same size, so only the digest differs");
        ImageSlot slot = newImageSlot("mismatch", announced);

        String uploadUrl = slot.push.announce(slot.imageId, announced).expect(200).data().getString("uploadURL");
        api.putFile(uploadUrl, sent).expectError(400);

        assertFalse(api.get(slot.byHashPath(), slot.token).expect(200).data().getBoolean("uploaded"),
                "the image stays not uploaded");
        api.get(slot.fileByHashPath(), slot.token).expectError(404);

        // the refusal leaves the image ready for an honest retry
        slot.push.upload(slot.imageId, announced);
        assertTrue(api.get(slot.byHashPath(), slot.token).expect(200).data().getBoolean("uploaded"));
    }

    @Test
    void bytesThatDoNotMatchTheAnnouncedSizeAreRefused() {
        Path file = Tools.sif(SMALL_PAYLOAD, "size");
        ImageSlot slot = newImageSlot("size", file);

        String uploadUrl = slot.push.announce(slot.imageId, Api.size(file) + 1, Api.sha256(file), Api.md5(file))
                .expect(200).data().getString("uploadURL");
        api.putFile(uploadUrl, file).expectError(400);

        assertFalse(api.get(slot.byHashPath(), slot.token).expect(200).data().getBoolean("uploaded"));
    }

    @Test
    void randomBytesAreRefusedAsNotASif() throws IOException {
        Path random = randomFile(4096);
        ImageSlot slot = newImageSlot("random", random);

        String uploadUrl = slot.push.announce(slot.imageId, random).expect(200).data().getString("uploadURL");
        String message = api.putFile(uploadUrl, random).expectError(400);

        assertTrue(message.toUpperCase(Locale.ROOT).contains("SIF"), "the message says what was expected: " + message);
        assertFalse(api.get(slot.byHashPath(), slot.token).expect(200).data().getBoolean("uploaded"));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.createTempFile(Files.createDirectories(Tools.targetDir().resolve("sif")), "empty-", ".sif");
        ImageSlot slot = newImageSlot("empty", empty);

        // refused when announced, or at the latest when the (empty) bytes arrive
        Reply announced = slot.push.announce(slot.imageId, empty);
        if (announced.status() != 400) {
            String uploadUrl = announced.expect(200).data().getString("uploadURL");
            api.putBytes(uploadUrl, new byte[0]).expectError(400);
        } else {
            announced.expectError(400);
        }
        assertFalse(api.get(slot.byHashPath(), slot.token).expect(200).data().getBoolean("uploaded"));
    }

    @Test
    void aLegacySingularityImageIsAccepted() {
        Path legacy = Tools.legacyImage(SMALL_PAYLOAD);

        Pushed pushed = alicePush().push(legacy, ALICE, Names.unique("legacy"), "old", "v1");

        String location = api.get("v1/imagefile/" + pushed.ref() + ":v1" + ARCH).expect(303).header("Location");
        assertEquals(Api.sha256(legacy), Api.sha256(api.get(location).expect(200).body()));
    }

    @Test
    void announcingMoreThanTheSizeLimitIs413() {
        Path file = Tools.sif(SMALL_PAYLOAD, "huge");
        ImageSlot slot = newImageSlot("huge", file);

        // 1 PiB: over the default 64 GiB, and over any limit a test server would be given
        slot.push.announce(slot.imageId, 1L << 50, Api.sha256(file), Api.md5(file)).expectError(413);
    }

    @Test
    void aTamperedUploadUrlIs403() {
        Path file = Tools.sif(SMALL_PAYLOAD, "tamper");
        ImageSlot slot = newImageSlot("tamper", file);
        String uploadUrl = slot.push.announce(slot.imageId, file).expect(200).data().getString("uploadURL");

        api.putFile(SignedUrls.tampered(uploadUrl), file).expectError(403);

        assertFalse(api.get(slot.byHashPath(), slot.token).expect(200).data().getBoolean("uploaded"));
        api.putFile(uploadUrl, file).expect(200);
    }

    // ---- who may push ----------------------------------------------------------------------------------------

    @Test
    void pushWithoutATokenIs401() {
        Pushed pushed = pushNew("anon");

        api.post("v1/entities", null, Api.object().add("name", ALICE).build()).expectError(401);
        api.post("v1/collections", null, Api.object().add("name", Names.unique("anon")).add("entity", ALICE)
                .add("private", false).build()).expectError(401);
        api.post("v1/containers", null, Api.object().add("name", "other").add("collection", pushed.collection())
                .build()).expectError(401);
        api.post("v1/images", null, Api.object().add("hash", "sha256." + "0".repeat(64))
                .add("container", pushed.containerId()).build()).expectError(401);
        api.post("v2/imagefile/" + pushed.imageId(), null, Api.object().add("filesize", 1).add("sha256sum", "x")
                .add("md5sum", "y").build()).expectError(401);
        api.post("v2/tags/" + pushed.containerId(), null, tagBody("anon", pushed.imageId())).expectError(401);
        api.delete("v1/images/" + pushed.ref() + ":v1" + ARCH, null).expectError(401);
    }

    @Test
    void aPullTokenCannotPush() {
        Pushed pushed = pushNew("pullonly");
        String pullToken = TestUser.ALICE.pullToken();

        api.get("v1/images/" + pushed.ref() + ":v1" + ARCH, pullToken).expect(200);
        api.post("v1/collections", pullToken, Api.object().add("name", Names.unique("pullonly"))
                .add("entity", ALICE).add("private", false).build()).expectError(403);
        api.post("v1/containers", pullToken, Api.object().add("name", "other").add("collection", pushed.collection())
                .build()).expectError(403);
        api.post("v1/images", pullToken, Api.object().add("hash", "sha256." + "1".repeat(64))
                .add("container", pushed.containerId()).build()).expectError(403);
        api.post("v2/tags/" + pushed.containerId(), pullToken, tagBody("nope", pushed.imageId())).expectError(403);
    }

    @Test
    void anotherUserCannotPushIntoAlicesCollection() {
        Pushed alices = pushNew("alices");
        String bob = TestUser.BOB.pushToken();

        api.post("v1/entities", bob, Api.object().add("name", ALICE).build()).expectError(403);
        api.post("v1/collections", bob, Api.object().add("name", Names.unique("forbob")).add("entity", ALICE)
                .add("private", false).build()).expectError(403);
        api.post("v1/containers", bob, Api.object().add("name", "intruder").add("collection", alices.collection())
                .build()).expectError(403);
        api.post("v1/images", bob, Api.object().add("hash", "sha256." + "2".repeat(64))
                .add("container", alices.containerId()).build()).expectError(403);
        Path file = Tools.sif(SMALL_PAYLOAD, "intruder");
        ImageSlot notYetUploaded = newImageSlot("alices", file);
        new LibraryPush(api, bob).announce(notYetUploaded.imageId, file).expectError(403);
        api.post(notYetUploaded.multipart(""), bob, Api.object().add("filesize", Api.size(file)).build())
                .expectError(403);
        api.post("v2/tags/" + alices.containerId(), bob, tagBody("v1", alices.imageId())).expectError(403);
        api.delete("v1/images/" + alices.ref() + ":v1" + ARCH, bob).expectError(403);

        assertEquals(alices.hash(), api.get("v1/images/" + alices.ref() + ":v1" + ARCH).expect(200)
                .data().getString("hash"), "alice's image is untouched");
    }

    @Test
    void aCollectionNameTakenBySomeoneElseIs409() {
        Pushed alices = pushNew("taken");

        api.post("v1/collections", TestUser.BOB.pushToken(), Api.object().add("name", alices.collection())
                .add("entity", TestUser.BOB.username()).add("private", false).build()).expectError(409);
    }

    // ---- other upload protocols ------------------------------------------------------------------------------

    @Test
    void multipartUploadInTheServersPartSize() throws IOException {
        Path file = Tools.sif(40L << 20, "multipart");
        ImageSlot slot = newImageSlot("multipart", file);
        byte[] content = Files.readAllBytes(file);

        JsonObject started = api.post(slot.multipart(""), slot.token, Api.object().add("filesize", content.length)
                .build()).expect(200).data();
        String uploadId = started.getString("uploadID");
        int totalParts = started.getInt("totalParts");
        long partSize = started.getJsonNumber("partSize").longValue();
        assertEquals("false", started.getJsonObject("options").getString("s3compliant"));
        assertEquals((content.length + partSize - 1) / partSize, totalParts, "parts of " + partSize + " bytes");
        assertTrue(totalParts >= 2, "a 40 MiB upload comes in parts; the server chose " + partSize + " bytes");

        JsonArrayBuilder completedParts = Json.createArrayBuilder();
        for (int part = 1; part <= totalParts; part++) {
            int from = (int) ((part - 1) * partSize);
            int to = (int) Math.min(content.length, from + partSize);
            String etag = uploadPart(slot, uploadId, part, Arrays.copyOfRange(content, from, to));
            completedParts.add(Api.object().add("partNumber", part).add("token", etag));
        }
        api.put(slot.multipart("_complete"), slot.token, Api.object().add("uploadID", uploadId)
                .add("completedParts", completedParts).build()).expect(200).json();

        JsonObject image = api.get(slot.byHashPath(), slot.token).expect(200).data();
        assertTrue(image.getBoolean("uploaded"));
        assertEquals(content.length, image.getJsonNumber("size").longValue());
        String location = api.get(slot.fileByHashPath(), slot.token).expect(303).header("Location");
        assertEquals(Api.sha256(file), Api.sha256(api.get(location).expect(200).body()));
    }

    @Test
    void anAbortedMultipartUploadPublishesNothing() throws IOException {
        Path file = Tools.sif(12L << 20, "abort");
        ImageSlot slot = newImageSlot("abort", file);
        byte[] content = Files.readAllBytes(file);
        JsonObject started = api.post(slot.multipart(""), slot.token, Api.object().add("filesize", content.length)
                .build()).expect(200).data();
        String uploadId = started.getString("uploadID");
        int partSize = (int) Math.min(content.length, started.getJsonNumber("partSize").longValue());
        String etag = uploadPart(slot, uploadId, 1, Arrays.copyOfRange(content, 0, partSize));

        api.put(slot.multipart("_abort"), slot.token, Api.object().add("uploadID", uploadId).build()).expect(200);

        assertFalse(api.get(slot.byHashPath(), slot.token).expect(200).data().getBoolean("uploaded"));
        Reply lateCompletion = api.put(slot.multipart("_complete"), slot.token, Api.object().add("uploadID", uploadId)
                .add("completedParts", Json.createArrayBuilder().add(Api.object().add("partNumber", 1)
                        .add("token", etag))).build());
        assertTrue(lateCompletion.status() >= 400, "an aborted upload cannot be completed: " + lateCompletion.status());
        // and the image can still be uploaded afresh
        slot.push.upload(slot.imageId, file);
        assertTrue(api.get(slot.byHashPath(), slot.token).expect(200).data().getBoolean("uploaded"));
    }

    @Test
    void legacyV1UploadTakesTheRawBodyWithTheToken() {
        Path file = Tools.sif(SMALL_PAYLOAD, "v1 upload");
        ImageSlot slot = newImageSlot("v1upload", file);
        String path = "v1/imagefile/" + slot.imageId;

        api.send(Api.request(path).POST(bodyOf(file))).expectError(401);
        api.send(Api.request(path).header("Authorization", "Bearer " + slot.token)
                .header("Content-Type", "application/octet-stream").POST(bodyOf(file))).expect(200);

        JsonObject image = api.get(slot.byHashPath(), slot.token).expect(200).data();
        assertTrue(image.getBoolean("uploaded"));
        assertEquals(Api.size(file), image.getJsonNumber("size").longValue());
    }

    // ---- search, delete, privacy -----------------------------------------------------------------------------

    @Test
    void searchFindsCollectionsAndContainersByName() {
        String word = Names.unique("find");
        Pushed pushed = alicePush().push(Tools.sif(SMALL_PAYLOAD, "search"), ALICE, word, word + "-box", "v1");

        JsonObject found = api.get("v1/search?value=" + word).expect(200).data();

        for (String kind : List.of("entity", "collection", "container", "image")) {
            assertEquals(JsonValue.ValueType.ARRAY, found.get(kind).getValueType(), kind + " is a list");
        }
        assertTrue(names(found, "collection").contains(pushed.collection()), found.toString());
        assertTrue(names(found, "container").contains(pushed.container()), found.toString());
    }

    @Test
    void searchFindsAContainerByAnyPartOfItsNameUntilItIsDeleted() {
        String word = Names.unique("inner");
        Pushed pushed = alicePush().push(Tools.sif(SMALL_PAYLOAD, "inner"), ALICE, Names.unique("shelf"),
                "outer-" + word + "-outer", "v1");
        String inside = word.substring(2);

        assertEquals(List.of(pushed.container()),
                names(api.get("v1/search?value=" + inside).expect(200).data(), "container"));

        api.delete("v1/images/" + pushed.ref() + ":v1" + ARCH, TestUser.ALICE.pushToken()).expect(200);
        assertEquals(List.of(), names(api.get("v1/search?value=" + inside).expect(200).data(), "container"));
    }

    @Test
    void deleteRemovesTheImageFromPulls() {
        Pushed pushed = pushNew("delete");
        String tagged = pushed.ref() + ":v1" + ARCH;

        api.delete("v1/images/" + tagged, TestUser.ALICE.pushToken()).expect(200);

        api.get("v1/images/" + tagged).expectError(404);
        api.get("v1/imagefile/" + tagged).expectError(404);
    }

    @Test
    void aPrivateCollectionIsInvisibleToAnonymousAndOtherUsers() {
        String word = Names.unique("hide");
        Pushed shown = alicePush().push(Tools.sif(SMALL_PAYLOAD, "shown"), ALICE, word + "-pub", "open", "v1");
        alicePush().collection(ALICE, word + "-priv", true);
        Pushed hidden = alicePush().push(Tools.sif(SMALL_PAYLOAD, "hidden"), ALICE, word + "-priv", "secret", "v1");
        String alice = TestUser.ALICE.pullToken();

        api.get("v1/images/" + hidden.ref() + ":v1" + ARCH, alice).expect(200);
        api.get("v1/imagefile/" + hidden.ref() + ":v1" + ARCH, alice).expect(303);
        api.get("api/container/" + hidden.collection() + "/secret:v1", alice).expect(200);

        for (String stranger : Arrays.asList(null, TestUser.BOB.pullToken())) {
            String who = stranger == null ? "anonymous" : "bob";
            api.get("v1/images/" + hidden.ref() + ":v1" + ARCH, stranger).expectError(404);
            api.get("v1/images/" + hidden.ref() + ":" + hidden.hash() + ARCH, stranger).expectError(404);
            api.get("v1/imagefile/" + hidden.ref() + ":v1" + ARCH, stranger).expectError(404);
            api.get("api/container/" + hidden.collection() + "/secret:v1", stranger).expectError(404);
            String results = api.get("v1/search?value=" + word, stranger).expect(200).text();
            assertTrue(results.contains(shown.collection()), who + " finds the public collection: " + results);
            assertFalse(results.contains(hidden.collection()), who + " never sees the private one: " + results);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** An image record made (not uploaded) in a new collection of alice's, for the upload tests. */
    private final class ImageSlot {
        final String token = TestUser.ALICE.pushToken();
        final LibraryPush push = new LibraryPush(api, token);
        final String ref;
        final String hash;
        final String imageId;

        ImageSlot(String prefix, Path file) {
            String collection = Names.unique(prefix);
            push.entity(ALICE);
            push.collection(ALICE, collection, false);
            String containerId = push.container(ALICE, collection, "img");
            ref = ALICE + "/" + collection + "/img";
            hash = "sha256." + Api.sha256(file);
            JsonObject image = push.image(ALICE, collection, "img", containerId, hash);
            assertFalse(image.getBoolean("uploaded"));
            imageId = image.getString("id");
        }

        String byHashPath() {
            return "v1/images/" + ref + ":" + hash + ARCH;
        }

        String fileByHashPath() {
            return "v1/imagefile/" + ref + ":" + hash + ARCH;
        }

        /** {@code ""} starts, {@code "_complete"} and {@code "_abort"} end a multipart upload. */
        String multipart(String step) {
            return "v2/imagefile/" + imageId + "/_multipart" + step;
        }
    }

    private ImageSlot newImageSlot(String prefix, Path file) {
        return new ImageSlot(prefix, file);
    }

    /** Asks for a part's signed URL, PUTs the bytes there without a token, and returns the part's ETag. */
    private String uploadPart(ImageSlot slot, String uploadId, int partNumber, byte[] bytes) {
        String url = api.put(slot.multipart(""), slot.token, Api.object().add("partSize", bytes.length)
                .add("uploadID", uploadId).add("partNumber", partNumber).add("sha256sum", "").build())
                .expect(200).data().getString("presignedURL");
        String etag = api.putBytes(url, bytes).expect(200).header("ETag");
        assertNotNull(etag, "part " + partNumber + " has an ETag");
        assertFalse(etag.isBlank());
        return etag;
    }

    private LibraryPush alicePush() {
        return new LibraryPush(api, TestUser.ALICE.pushToken());
    }

    /** A new 4 KiB-payload SIF pushed as {@code alice/<new collection>/img:v1}. */
    private Pushed pushNew(String prefix) {
        return alicePush().push(Tools.sif(SMALL_PAYLOAD, prefix), ALICE, Names.unique(prefix), "img", "v1");
    }

    private Reply createToken(TestUser user, JsonObject body) {
        return api.send(Api.request("api/tokens").header("Authorization", user.basicAuthorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private Reply listTokens(TestUser user) {
        return api.send(Api.request("api/tokens").header("Authorization", user.basicAuthorization()).GET());
    }

    private Reply revokeToken(TestUser user, long id) {
        return api.send(Api.request("api/tokens/" + id).header("Authorization", user.basicAuthorization()).DELETE());
    }

    private static JsonObjectBuilder tokenBody(String name, String scope) {
        return Api.object().add("name", name).add("scope", scope);
    }

    private static JsonObject tokenIn(JsonObject list, long id) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("id").longValue() == id)
                .findFirst().orElse(null);
    }

    private static JsonObject tagBody(String tag, String imageId) {
        return Api.object().add("Arch", LibraryPush.ARCH).add("Tag", tag).add("ImageID", imageId).build();
    }

    private static List<String> names(JsonObject searchResults, String kind) {
        return searchResults.getJsonArray(kind).getValuesAs(JsonObject.class).stream()
                .map(found -> found.getString("name", null))
                .toList();
    }

    private static Path randomFile(int bytes) throws IOException {
        byte[] content = new byte[bytes];
        new SecureRandom().nextBytes(content);
        Path file = Files.createTempFile(Files.createDirectories(Tools.targetDir().resolve("sif")), "random-", ".bin");
        return Files.write(file, content);
    }

    private static HttpRequest.BodyPublisher bodyOf(Path file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

}
