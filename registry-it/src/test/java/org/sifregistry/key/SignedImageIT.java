package org.sifregistry.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Keystore;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;
import org.sifregistry.testing.Tools.SigningKey;

/**
 * Signatures judged on the server: real images signed as {@code apptainer sign} signs them, pushed over the library
 * protocol, read by {@code parse-image} and checked with the keystore's key of their signer: verified (by whom),
 * unknown key, bad signature, revoked key; a key added later verifies the images that waited for it, and
 * {@code apptainer search --signed} finds an image once its signature is verified.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SignedImageIT {

    private static final Duration PARSED_WITHIN = Duration.ofSeconds(60);

    private static String email;
    private static SigningKey key;
    private static Path image;
    private static Path signed;
    private static Path tampered;

    private final Api api = new Api();
    private final LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());

    @Deployment(testable = false)
    static EnterpriseArchive registry() {
        return Deployments.registryEar();
    }

    @BeforeAll
    static void signImages() {
        email = Names.unique("signer") + "@example.org";
        key = Tools.signingKey("signer", email);
        image = Tools.sif(4096, "signed-image-it");
        signed = Tools.signed(image, key);
        tampered = Tools.tampered(signed);
    }

    @AfterAll
    static void deleteImages() {
        Tools.deleteQuietly(image, signed, tampered);
    }

    @Test
    void anImageSignedWithAnUnknownKeyIsVerifiedOnceItsKeyArrivesAndRevokedWithIt() {
        Pushed pushed = push.push(signed, "alice", Names.unique("signed"), "tool", "v1");

        JsonObject waiting = signature(awaitParsed(pushed));
        assertEquals("UNKNOWN_KEY", waiting.getString("trust"), waiting.toString());
        assertEquals(key.fingerprint(), waiting.getString("signer"));
        assertEquals("VERIFIED", waiting.getString("check"), "the digests match all the same");
        assertFalse(foundSigned(pushed), "apptainer search --signed does not list it yet");

        addKey(TestUser.ALICE);

        JsonObject verified = signature(details(pushed));
        assertEquals("VERIFIED", verified.getString("trust"), verified.toString());
        assertEquals("alice", verified.getString("signedBy"));
        assertTrue(verified.getString("signerIdentity").endsWith("<" + email + ">"), verified.toString());
        assertFalse(verified.getBoolean("identityConfirmed"), "the test realm's alice has no e-mail address");
        assertTrue(foundSigned(pushed), "apptainer search --signed lists it now");

        api.delete("api/keys/" + key.fingerprint(), TestUser.ALICE.pushToken()).expect(200);

        assertEquals("REVOKED_KEY", signature(details(pushed)).getString("trust"));
        assertFalse(foundSigned(pushed), "a revoked key signs nothing");
    }

    @Test
    void aSignatureThatDoesNotMatchItsTextIsBadEvenThoughTheDigestsMatch() {
        SigningKey own = Tools.signingKey("bad", Names.unique("bad") + "@example.org");
        Path ownSigned = Tools.signed(image, own);
        Path ownTampered = Tools.tampered(ownSigned);
        try {
            addKey(TestUser.BOB, own);
            Pushed pushed = new LibraryPush(api, TestUser.BOB.pushToken())
                    .push(ownTampered, "bob", Names.unique("tampered"), "tool", "v1");

            JsonObject bad = signature(awaitParsed(pushed));

            assertEquals("BAD_SIGNATURE", bad.getString("trust"), bad.toString());
            assertEquals("VERIFIED", bad.getString("check"));
            assertFalse(foundSigned(pushed));
        } finally {
            Tools.deleteQuietly(ownSigned, ownTampered);
        }
    }

    @Test
    void anUnsignedImageHasNoSignatureToJudge() {
        Pushed pushed = push.push(image, "alice", Names.unique("unsigned"), "tool", "v1");

        assertTrue(awaitParsed(pushed).getJsonArray("signatures").isEmpty());
    }

    private void addKey(TestUser owner) {
        addKey(owner, key);
    }

    private void addKey(TestUser owner, SigningKey signingKey) {
        Keystore.push(owner, signingKey);
    }

    private JsonObject awaitParsed(Pushed pushed) {
        return Eventually.await(PARSED_WITHIN, () -> details(pushed), d -> "PARSED".equals(d.getString("parseStatus")),
                "the image of " + pushed.ref() + " to be read");
    }

    private JsonObject details(Pushed pushed) {
        return api.get("api/browse/containers/" + pushed.collection() + "/tool:v1", TestUser.ALICE.pullToken())
                .expect(200).json();
    }

    private static JsonObject signature(JsonObject details) {
        assertEquals(1, details.getJsonArray("signatures").size(), details.toString());
        return details.getJsonArray("signatures").getJsonObject(0);
    }

    /** Whether {@code apptainer search --signed} lists the image: the library search with {@code signed=true}. */
    private boolean foundSigned(Pushed pushed) {
        return api.get("v1/search?value=" + pushed.collection() + "&signed=true", TestUser.ALICE.pullToken())
                .expect(200).data().getJsonArray("image").stream().map(JsonValue::asJsonObject)
                .anyMatch(found -> found.getString("collection").equals(pushed.collection())
                        && found.getBoolean("signed"));
    }
}
