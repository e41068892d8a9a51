package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.SregistryClient;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code sregistry push} through a client written from the wire contract (ha-ops.md §3): what it pushes pulls back
 * byte for byte over {@code shub://} and {@code library://}, and every refusal is a 4xx with the {@code detail} the
 * client prints, after which nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class SregistryPushIT {

    private static final long PAYLOAD = 4096;
    private static final Duration PARSED_WITHIN = Duration.ofSeconds(60);
    private static final String ALICE = TestUser.ALICE.username();

    private final Api api = new Api();
    private final SregistryClient alice = new SregistryClient(ALICE, TestUser.ALICE.pushToken());

    @Test
    void theClientSignsTheTestVectorOfTheContract() {
        String header = SregistryClient.header("0123456789abcdef0123456789abcdef01234567", "push", "alice",
                "20240702T14Z", "dinosaur", "avocado", "latest");

        assertEquals("SREGISTRY-HMAC-SHA256 Credential=push/YWxpY2U=/20240702T14Z,Signature="
                + "1c460c647ab1000af8535708f8647c1fa7425d66d709202f165a21b9edf94fc6", header);
        assertTrue(SregistryClient.header("0123456789abcdef0123456789abcdef01234567", "upload", "alice",
                        "20240702T14Z", "dinosaur", "avocado", "latest")
                .endsWith("Signature=ff3c4ee266398d4ff55008592e7e750af9cc763410ad5cdaa2d0b269cf62d144"));
    }

    @Test
    void aPushedImagePullsBackByteForByteOverShubAndLibraryWithItsLabels() {
        String collection = Names.unique("sreg");
        Path file = Tools.sif(PAYLOAD, "sregistry pushed");

        SregistryClient.Pushed pushed = alice.push(collection, "rocks", "v1", file);

        assertEquals("Upload Complete", pushed.reply().expect(200).json().getString("message"));
        JsonObject shub = Eventually.await(PARSED_WITHIN, () -> shub(collection, "rocks:v1").json(),
                k -> k.containsKey("metadata") && "PARSED".equals(k.getJsonObject("metadata").getString("parseStatus")),
                "the pushed image's header to be read");
        assertEquals("sregistry pushed", shub.getJsonObject("metadata").getJsonObject("labels")
                .getString("org.example.note", null), shub.toString());
        assertEquals("sha256." + Api.sha256(file), shub.getString("version"));
        assertEquals(Api.sha256(file), Api.sha256(api.getFollowingRedirects(shub.getString("image")).expect(200)
                .body()), "over shub://");
        String signedUrl = api.get("v1/imagefile/" + collection + "/rocks:v1", TestUser.ALICE.pullToken()).expect(303)
                .header("Location");
        assertEquals(Api.sha256(file), Api.sha256(api.getFollowingRedirects(signedUrl).expect(200).body()),
                "over library://");
    }

    @Test
    void aRePushMovesTheTag() {
        String collection = Names.unique("sregmove");
        Path first = Tools.sif(PAYLOAD, "first");
        Path second = Tools.sif(PAYLOAD, "second");
        alice.push(collection, "rocks", "latest", first).reply().expect(200);

        alice.push(collection, "rocks", "latest", second).reply().expect(200);

        assertEquals("sha256." + Api.sha256(second),
                shub(collection, "rocks:latest").expect(200).json().getString("version"));
    }

    @Test
    void theClientsPathWithoutApiAsksForAnUploadToo() {
        String collection = Names.unique("sregquirk");
        Path file = Tools.sif(PAYLOAD, "quirk");

        long cid = SregistryClient.cid(alice.requestUpload("upload/chunked_upload", collection, "rocks", "v1")
                .expect(200));
        alice.upload(cid, collection, "rocks", "v1", file).expect(200);

        assertEquals("sha256." + Api.sha256(file),
                shub(collection, "rocks:v1").expect(200).json().getString("version"));
    }

    @Test
    void aSignatureOfTheHourBeforeIsTakenButNotOfTwoHoursAgo() {
        String collection = Names.unique("sreghour");
        Path file = Tools.sif(PAYLOAD, "an hour late");

        alice.signingAgo(Duration.ofHours(1)).push(collection, "rocks", "v1", file).reply().expect(200);
        String refused = detail(alice.signingAgo(Duration.ofHours(2))
                .requestUpload("api/upload/chunked_upload", collection, "rocks", "v2"), 401);

        assertTrue(refused.contains("hour"), refused);
        shub(collection, "rocks:v1").expect(200);
    }

    @Test
    void aForgedOrWronglyKeyedSignatureIs401() {
        String collection = Names.unique("sregforged");
        String forged = alice.authorization("push", collection, "rocks", "v1").replaceAll(".{4}$", "0000");

        detail(api.send(Api.request("api/upload/chunked_upload").header("Authorization", forged)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"collection\":\"" + collection + "\",\"name\":\"rocks\",\"tag\":\"v1\"}"))), 401);
        detail(new SregistryClient(ALICE, TestUser.ALICE.pushToken() + "x")
                .requestUpload("api/upload/chunked_upload", collection, "rocks", "v1"), 401);
        detail(new SregistryClient(ALICE, TestUser.BOB.pushToken())
                .requestUpload("api/upload/chunked_upload", collection, "rocks", "v1"), 401);
        detail(new SregistryClient(Names.unique("nobody"), TestUser.ALICE.pushToken())
                .requestUpload("api/upload/chunked_upload", collection, "rocks", "v1"), 401);
        assertEquals(404, api.get("v1/collections/" + ALICE + "/" + collection, TestUser.ALICE.pullToken()).status());
    }

    @Test
    void aPullTokenMayNotPush() {
        String collection = Names.unique("sregpull");

        String refused = detail(new SregistryClient(ALICE, TestUser.ALICE.pullToken())
                .requestUpload("api/upload/chunked_upload", collection, "rocks", "v1"), 403);

        assertTrue(refused.contains("pull"), refused);
    }

    @Test
    void aMissingOrMalformedHeaderIs401WithItsReason() {
        Reply missing = api.send(Api.request("api/upload/chunked_upload").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        Reply malformed = api.send(Api.request("api/upload/chunked_upload")
                .header("Authorization", "SREGISTRY-HMAC-SHA256 Credential=push/YWxpY2U=,Signature=1c46")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertTrue(detail(missing, 401).contains("SREGISTRY-HMAC-SHA256"));
        assertTrue(detail(malformed, 401).contains("Credential"));
    }

    @Test
    void aReplayedUploadIsRefusedAndChangesNothing() {
        String collection = Names.unique("sregreplay");
        Path first = Tools.sif(PAYLOAD, "original");
        SregistryClient.Pushed pushed = alice.push(collection, "rocks", "v1", first);
        pushed.reply().expect(200);

        Reply replay = alice.upload(pushed.cid(), collection, "rocks", "v1", Tools.sif(PAYLOAD, "replayed"));

        detail(replay, 404);
        assertEquals("sha256." + Api.sha256(first),
                shub(collection, "rocks:v1").expect(200).json().getString("version"));
    }

    @Test
    void anotherUsersTicketIsRefused() {
        String collection = Names.unique("sregother");
        long cid = SregistryClient.cid(alice.requestUpload("api/upload/chunked_upload", collection, "rocks", "v1")
                .expect(200));
        SregistryClient bob = new SregistryClient(TestUser.BOB.username(), TestUser.BOB.pushToken());

        detail(bob.upload(cid, collection, "rocks", "v1", Tools.sif(PAYLOAD, "bob's")), 404);
        assertEquals(404, shub(collection, "rocks:v1").status());
        // Still Alice's to use
        alice.upload(cid, collection, "rocks", "v1", Tools.sif(PAYLOAD, "alice's")).expect(200);
    }

    @Test
    void anotherUsersCollectionIs403AndNothingIsStored() {
        String collection = Names.unique("sregbobs");
        new LibraryPush(api, TestUser.BOB.pushToken()).collection(TestUser.BOB.username(), collection, false);

        String refused = detail(alice.requestUpload("api/upload/chunked_upload", collection, "rocks", "v1"), 403);

        assertTrue(refused.contains(collection), refused);
        assertEquals(404, shub(collection, "rocks:v1").status());
    }

    @Test
    void aFileThatIsNoImageIs400AndNothingIsStored() throws Exception {
        String collection = Names.unique("sregnotsif");
        Path text = Files.createTempFile(Tools.targetDir(), "not-an-image", ".sif");
        Files.writeString(text, "#!/bin/sh\necho this is no image\n");

        String refused = detail(alice.push(collection, "rocks", "v1", text).reply(), 400);

        assertTrue(refused.contains("SIF"), refused);
        assertEquals(404, shub(collection, "rocks:v1").status());
        assertEquals(404, api.get("v1/collections/" + ALICE + "/" + collection, TestUser.ALICE.pullToken()).status(),
                "the collection is made only with the image");
        Tools.deleteQuietly(text);
    }

    @Test
    void aFormWithoutItsFileOrNotMultipartIs400() {
        String collection = Names.unique("sregform");
        long cid = SregistryClient.cid(alice.requestUpload("api/upload/chunked_upload", collection, "rocks", "v1")
                .expect(200));
        String signed = alice.authorization("upload", collection, "rocks", "v1");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SREGISTRY_EVENT", signed);
        fields.put("name", "rocks");
        fields.put("collection", Long.toString(cid));
        fields.put("tag", "v1");

        String noFile = detail(alice.send("upload", signed, fields, null, null), 400);
        String broken = detail(api.send(Api.request("upload").header("Authorization", signed)
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; "
                        + "name=\"name\"\r\n\r\nrocks", StandardCharsets.UTF_8))), 400);
        String notMultipart = detail(api.send(Api.request("upload").header("Authorization", signed)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("bytes"))), 400);

        assertTrue(noFile.contains("file1"), noFile);
        assertFalse(broken.isBlank());
        assertTrue(notMultipart.contains("multipart/form-data"), notMultipart);
        // None of them used the ticket
        alice.upload(cid, collection, "rocks", "v1", Tools.sif(PAYLOAD, "after bad forms")).expect(200);
    }

    @Test
    void badNamesAre400() {
        String refused = detail(alice.requestUpload("api/upload/chunked_upload", "Bad_Name", "rocks", "v1"), 400);

        assertFalse(refused.isBlank());
    }

    /** The shub client's metadata request, with a token in case new collections are private by the settings. */
    private Reply shub(String collection, String nameAndTag) {
        return api.get("api/container/" + collection + "/" + nameAndTag, TestUser.ALICE.pullToken());
    }

    /** The error form the sregistry client prints: {@code {"detail": "..."}} and nothing else. */
    private static String detail(Reply reply, int status) {
        reply.expect(status);
        JsonObject body = reply.json();
        assertEquals(1, body.size(), reply.text());
        String detail = body.getString("detail", "");
        assertFalse(detail.isBlank(), reply.text());
        return detail;
    }
}
