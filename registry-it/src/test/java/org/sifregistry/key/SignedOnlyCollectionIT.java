package org.sifregistry.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.Keystore;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OrasClient;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;
import org.sifregistry.testing.Tools.SigningKey;

/**
 * Collections that take signed images only, with the stock clients: an unsigned image and a wrongly signed one are
 * refused as the upload completes, over the library protocol and over {@code oras://}, with a message that says why,
 * and nothing of them is kept; an image with a verified signature comes in; a collection for its members'
 * signatures refuses one that a stranger signed. The library client prints why (its upload is refused when it
 * completes it); oras-go v1 prints only the status of the refused upload, so its message is read from the request.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@BlackBox
class SignedOnlyCollectionIT {

    private static SigningKey alicesKey;
    private static SigningKey bobsKey;
    private static Path unsigned;
    private static Path signedByAlice;
    private static Path tampered;
    private static Path signedByBob;

    private final Api api = new Api();
    private final LibraryClient alice = new LibraryClient(TestUser.ALICE.pushToken());

    @BeforeAll
    static void signImages() {
        alicesKey = Tools.signingKey("alice", Names.unique("alice") + "@example.org");
        bobsKey = Tools.signingKey("bob", Names.unique("bob") + "@example.org");
        unsigned = Tools.sif(4096, "signed-only");
        signedByAlice = Tools.signed(unsigned, alicesKey);
        tampered = Tools.tampered(signedByAlice);
        signedByBob = Tools.signed(unsigned, bobsKey);
        Keystore.push(TestUser.ALICE, alicesKey);
        Keystore.push(TestUser.BOB, bobsKey);
    }

    @AfterAll
    static void deleteImages() {
        Tools.deleteQuietly(unsigned, signedByAlice, tampered, signedByBob);
    }

    @Test
    void anOwnerLocksACollectionToVerifiedSignaturesAndTheLibraryClientPrintsWhy() {
        String collection = collectionTakingOnly("VERIFIED");

        Tools.Result refusedUnsigned = alice.tryPush(unsigned, "alice/" + collection + "/tool", "v1");
        Tools.Result refusedBad = alice.tryPush(tampered, "alice/" + collection + "/tool", "v1");

        assertNotEquals(0, refusedUnsigned.exitCode(), refusedUnsigned.describe());
        assertTrue(refusedUnsigned.stderr().contains("takes signed images only, and this image has no signature: "
                + "sign it (apptainer sign), add your key"), refusedUnsigned.describe());
        assertNotEquals(0, refusedBad.exitCode(), refusedBad.describe());
        assertTrue(refusedBad.stderr().contains("a bad signature by alice's key"), refusedBad.describe());
        assertEquals(0, containers(collection), "nothing of the refused pushes is kept");
        assertTrue(libraryCompletion(collection, tampered).contains("The upload was refused: The collection "
                + collection + " takes images with a verified signature only; this image has a bad signature"));

        alice.push(signedByBob, "alice/" + collection + "/tool", "v1");
        alice.push(signedByAlice, "alice/" + collection + "/tool", "v2");

        assertEquals(2, containers(collection), "tool:v1 and tool:v2");
    }

    @Test
    void aCollectionForItsMembersSignaturesRefusesAStrangersOverOras() throws FileNotFoundException {
        String collection = collectionTakingOnly("MEMBERS");
        OrasClient oras = new OrasClient(TestUser.ALICE.username(), TestUser.ALICE.password());

        Tools.Result stranger = oras.push(signedByBob, OrasClient.ref(collection + "/tool", "v1"), false);
        Tools.Result unsignedPush = oras.push(unsigned, OrasClient.ref(collection + "/tool", "v1"), false);
        Tools.Result member = oras.push(signedByAlice, OrasClient.ref(collection + "/tool", "v1"), false);

        assertNotEquals(0, stranger.exitCode(), stranger.describe());
        assertTrue(stranger.stderr().contains("400 Bad Request"), stranger.describe());
        assertNotEquals(0, unsignedPush.exitCode(), unsignedPush.describe());
        String refusal = api.send(Api.request("v2/" + collection + "/tool/blobs/uploads/?digest=sha256:"
                        + Api.sha256(signedByBob)).header("Authorization", TestUser.ALICE.basicAuthorization())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(signedByBob))).expect(400).text();
        assertTrue(refusal.contains("takes images signed by its members only; this image is signed by bob"), refusal);
        assertEquals(0, member.exitCode(), member.describe());
        assertEquals(1, containers(collection));
    }

    @Test
    void theRuleIsTheOwnersToSetAndShowsOnTheCollectionPage() {
        String collection = collectionTakingOnly("VERIFIED");

        Reply bob = api.send(Api.request("api/collections/" + collection + "/signed-only")
                .header("Authorization", "Bearer " + TestUser.BOB.pushToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rule\":\"OFF\"}")));
        Reply nonsense = setRule(collection, "always");
        Page page = BrowserSession.signedIn(TestUser.ALICE).get("collections/collection.xhtml?name=" + collection);

        bob.expectError(403);
        assertTrue(nonsense.expectError(400).contains("OFF, VERIFIED or MEMBERS"));
        assertEquals("VERIFIED", api.get("api/collections/" + collection + "/signed-only",
                TestUser.ALICE.pullToken()).expect(200).json().getString("rule"));
        assertTrue(page.contains("signed images only"), page.body());
    }

    /**
     * What the library protocol answers a refused upload of {@code file}, step by step as the client sends it: the
     * signed-URL upload itself is answered 200 (the client reads nothing else there), its completion with why.
     */
    private String libraryCompletion(String collection, Path file) {
        LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());
        String containerId = push.container("alice", collection, "tool");
        String imageId = push.image("alice", collection, "tool", containerId, "sha256." + Api.sha256(file))
                .getString("id");
        String uploadUrl = push.announce(imageId, file).expect(200).data().getString("uploadURL");
        api.putFile(uploadUrl, file).expect(200);
        return push.complete(imageId).expectError(400);
    }

    private String collectionTakingOnly(String rule) {
        String collection = Names.unique("signedonly");
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection("alice", collection, false);
        assertEquals(rule, setRule(collection, rule).expect(200).json().getString("rule"));
        return collection;
    }

    private Reply setRule(String collection, String rule) {
        return api.send(Api.request("api/collections/" + collection + "/signed-only")
                .header("Authorization", "Bearer " + TestUser.ALICE.pushToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rule\":\"" + rule + "\"}")));
    }

    private long containers(String collection) {
        return api.get("api/browse/collections/" + collection, TestUser.ALICE.pullToken()).expect(200).json()
                .getJsonNumber("containerCount").longValue();
    }
}
