package org.sifregistry.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
import org.sifregistry.testing.Certificates;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Keystore;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;
import org.sifregistry.testing.Tools.CodeSigningCertificate;
import org.sifregistry.testing.Tools.SigningKey;

/**
 * Signatures judged on the server: real images signed as {@code apptainer sign} signs them, pushed over the library
 * protocol, read by {@code parse-image} and checked with the keystore's key of their signer: verified (by whom),
 * unknown key, bad signature, revoked key; a key added later verifies the images that waited for it, and
 * {@code apptainer search --signed} finds an image once its signature is verified.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@BlackBox
class SignedImageIT {

    private static final Duration PARSED_WITHIN = Duration.ofSeconds(60);
    private static final String PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nMIGHAgEA\n-----END PRIVATE KEY-----\n";

    private static String email;
    private static SigningKey key;
    private static Path image;
    private static Path signed;
    private static Path tampered;

    private final Api api = new Api();
    private final LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());

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
    void anX509SignatureIsVerifiedOnceItsCertificateIsAddedAndRevokedWithIt() {
        Path authority = Tools.newAuthorityDir();
        String certificateEmail = Names.unique("certified") + "@example.org";
        CodeSigningCertificate certificate = Tools.certificate(authority, "certified", certificateEmail, "codeSigning");
        Path certified = Tools.signed(image, certificate);
        try {
            Certificates.trust(certificate.authorityPem()).expect(200);
            Pushed pushed = push.push(certified, "alice", Names.unique("certified"), "tool", "v1");

            JsonObject waiting = signature(awaitParsed(pushed));
            assertEquals("NO_CERTIFICATE", waiting.getString("trust"), waiting.toString());
            assertEquals("VERIFIED", waiting.getString("check"), "its digests match the image");
            assertFalse(foundSigned(pushed), "apptainer search --signed does not list it yet");

            Certificates.add(TestUser.ALICE, certificate.pem()).expect(200);

            JsonObject verified = signature(details(pushed));
            assertEquals("VERIFIED", verified.getString("trust"), verified.toString());
            assertEquals("alice", verified.getString("signedBy"));
            assertEquals(certificateEmail, verified.getString("signerIdentity"));
            assertTrue(foundSigned(pushed), "apptainer search --signed lists it now");

            api.delete("api/certificates/" + certificate.fingerprint(), TestUser.ALICE.pushToken()).expect(200);

            assertEquals("REVOKED_KEY", signature(details(pushed)).getString("trust"));
            assertFalse(foundSigned(pushed), "a revoked certificate signs nothing");
        } finally {
            Certificates.trust("").expect(200);
            Tools.deleteQuietly(certified);
        }
    }

    @Test
    void onlyCodeSigningCertificatesOfTheTrustedAuthoritiesAreTakenAndOnlyAdminsChooseThem() {
        Path authority = Tools.newAuthorityDir();
        CodeSigningCertificate signer = Tools.certificate(authority, "signer", "signer@example.org", "codeSigning");
        CodeSigningCertificate client = Tools.certificate(authority, "client", "client@example.org", "clientAuth");
        try {
            assertTrue(Certificates.add(TestUser.BOB, signer.pem()).expect(400).text()
                    .contains("no certificate authority is trusted here yet"));
            Certificates.trust(signer.authorityPem()).expect(200);
            assertTrue(Certificates.add(TestUser.BOB, client.pem()).expect(400).text().contains("code signing"));
            assertTrue(Certificates.add(TestUser.BOB, signer.pem() + PRIVATE_KEY).expect(400).text()
                    .contains("keep the key to yourself"));
            Certificates.add(TestUser.BOB, signer.pem()).expect(200);

            Certificates.add(TestUser.CAROL, signer.pem()).expect(409);
            api.delete("api/certificates/" + signer.fingerprint(), TestUser.CAROL.pushToken()).expect(403);
            Certificates.trust(TestUser.BOB, "").expect(403);
            assertEquals(signer.authorityPem().strip(),
                    api.get("api/certificates/authorities").expect(200).text().strip(),
                    "the trusted authorities are public, as CA certificates are");
            assertEquals(1, api.get("api/certificates", TestUser.BOB.pushToken()).expect(200).jsonArray().size(),
                    "bob's certificate");
        } finally {
            Certificates.trust("").expect(200);
        }
    }

    @Test
    void anAdminTrustsAnAuthorityAndAUserAddsAndRevokesACertificateOnTheAccountPage() {
        CodeSigningCertificate certificate = Tools.certificate(Tools.newAuthorityDir(), "paged",
                Names.unique("paged") + "@example.org", "codeSigning");
        try {
            BrowserSession root = BrowserSession.signedIn(TestUser.ROOT);
            Page trusted = root.submit(root.get("account/keys.xhtml"), "certificates",
                    Map.of("certificates:authoritiesText", certificate.authorityPem()), "certificates:saveAuthorities");
            BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);
            Page added = alice.submit(alice.get("account/keys.xhtml"), "certificates",
                    Map.of("certificates:certificateText", certificate.pem()), "certificates:addCertificate");

            assertTrue(trusted.contains("Trusting 1 certificate authorities."), trusted.body());
            assertTrue(added.contains("Added the certificate of") && added.contains(certificate.fingerprint()),
                    added.body());
            assertFalse(added.contains("certificates:authoritiesText"), "only admins choose the authorities");
            Page revoked = alice.submit(added, "certificates", Map.of(),
                    "certificates:mineCertificates:" + added.rowShowing(certificate.fingerprint())
                            + ":revokeCertificate");
            assertTrue(revoked.contains("revoked by alice"), revoked.body());
        } finally {
            Certificates.trust("").expect(200);
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
