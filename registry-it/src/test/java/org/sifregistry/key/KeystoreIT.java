package org.sifregistry.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.Keystore;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;
import org.sifregistry.testing.Tools.SigningKey;

/**
 * The keystore over HKP, driven with the requests the Apptainer key client sends (scs-key-client's PKSAdd,
 * PKSLookup and GetKey, as {@code apptainer key push}, {@code key search} and {@code key pull} use them, and as the
 * pull-time signature check fetches a signer's key), on real gpg keys; and who may add, revoke and see keys.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@BlackBox
class KeystoreIT {

    private final Api api = new Api();

    @Test
    void aKeyPushedAsApptainerKeyPushIsFoundBySearchAndPulledByFingerprint() {
        String email = Names.unique("alice") + "@example.org";
        SigningKey key = Tools.signingKey("alice", email);

        String said = Keystore.push(key.publicKey(), "BEARER " + TestUser.ALICE.pushToken()).expect(200).text();

        assertTrue(said.contains(key.fingerprint()) && said.contains("alice"), said);
        // apptainer key search EMAIL: index, machine-readable, fingerprints on, 256 to a page
        Reply index = lookup("op=index&search=" + encode(email) + "&options=mr&fingerprint=on&x-pagesize=256")
                .expect(200);
        List<String> lines = index.text().lines().toList();
        assertEquals("info:1:1", lines.get(0), index.text());
        assertTrue(lines.get(1).startsWith("pub:" + key.fingerprint() + ":1:3072:"), lines.get(1));
        assertTrue(lines.get(2).startsWith("uid:") && lines.get(2).contains(encode(email)), lines.get(2));
        assertNull(index.header("X-HKP-Next-Page-Token"), "one page holds it");
        // apptainer key pull FINGERPRINT and the pull's check: get, 0x and the lower-case fingerprint, exact
        Reply get = lookup("op=get&search=0x" + key.fingerprint().toLowerCase(Locale.ROOT) + "&exact=on")
                .expect(200);
        assertTrue(get.header("Content-Type").startsWith("application/pgp-keys"), get.header("Content-Type"));
        assertTrue(get.text().startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"), get.text());
        // by its 64-bit and 32-bit key ids too, which GetKey sends for shorter searches
        lookup("op=get&search=0x" + key.fingerprint().substring(24) + "&exact=on").expect(200);
        lookup("op=index&search=0x" + key.fingerprint().substring(32) + "&options=mr").expect(200);
        assertTrue(keysOf(TestUser.ALICE).contains(key.fingerprint()), "alice's, on her account page");
    }

    @Test
    void lookupsOfNothingAndBadLookupsAreAnsweredWithWhatIsWrong() {
        String absent = "0x" + "AB".repeat(20);

        assertTrue(lookup("op=get&search=" + absent).expectError(404).contains(absent.substring(2)));
        lookup("op=index&search=" + encode(Names.unique("nobody") + "@example.org") + "&options=mr").expect(404);
        assertTrue(lookup("op=get&search=0x123").expectError(400).contains("0x123"));
        assertTrue(lookup("op=stats&search=" + absent).expectError(400).contains("stats"));
        assertTrue(lookup("op=get").expectError(400).contains("search"));
    }

    @Test
    void addingNeedsASignedInUserWithAPushTokenAndAPublicKey() {
        SigningKey key = Tools.signingKey("anon", Names.unique("anon") + "@example.org");

        Keystore.push(key.publicKey(), null).expectError(401);
        assertTrue(Keystore.push(key.publicKey(), "Bearer " + TestUser.ALICE.pullToken()).expectError(403)
                .contains("pull"));
        assertTrue(Keystore.push("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nxx\n-----END PGP PRIVATE KEY BLOCK-----\n",
                "Bearer " + TestUser.ALICE.pushToken()).expectError(400).contains("private key"));
        assertTrue(Keystore.push("hello", "Bearer " + TestUser.ALICE.pushToken()).expectError(400).contains("armored"));
        lookup("op=get&search=0x" + key.fingerprint()).expectError(404);
    }

    @Test
    void aKeyIsItsUploadersOnlyTheyOrAnAdminRevokeItAndARevokedKeyIsNoLongerServed() {
        SigningKey key = Tools.signingKey("owned", Names.unique("owned") + "@example.org");
        Keystore.push(key.publicKey(), "Bearer " + TestUser.ALICE.pushToken()).expect(200);

        assertTrue(Keystore.push(key.publicKey(), "Bearer " + TestUser.BOB.pushToken()).expectError(409)
                .contains("another user"), "bob cannot take alice's key");
        Keystore.push(key.publicKey(), "Bearer " + TestUser.ALICE.pushToken()).expect(200);
        assertTrue(api.delete("api/keys/" + key.fingerprint(), TestUser.BOB.pushToken()).expectError(403)
                .contains("owner"));
        assertTrue(keysOf(TestUser.ALICE).contains(key.fingerprint()));
        assertFalse(keysOf(TestUser.BOB).contains(key.fingerprint()));
        api.get("api/keys/all", TestUser.BOB.pushToken()).expectError(403);

        JsonObject revoked = api.send(Api.request("api/keys/" + key.fingerprint())
                .header("Authorization", TestUser.ROOT.basicAuthorization()).DELETE()).expect(200).json();

        assertEquals("root", revoked.getString("revokedBy"));
        assertTrue(lookup("op=get&search=0x" + key.fingerprint()).expectError(410).contains("revoked"));
        String index = lookup("op=index&search=0x" + key.fingerprint() + "&options=mr").expect(200).text();
        assertTrue(index.lines().anyMatch(line -> line.startsWith("pub:") && line.endsWith(":r")), index);
        assertTrue(Keystore.push(key.publicKey(), "Bearer " + TestUser.ALICE.pushToken()).expectError(409)
                .contains("revoked"), "a revoked key cannot come back");
        assertTrue(api.send(Api.request("api/keys/all?q=" + key.fingerprint().substring(0, 12))
                .header("Authorization", TestUser.ROOT.basicAuthorization())).expect(200).text()
                .contains(key.fingerprint()), "admins find every key");
    }

    @Test
    void theAccountPageAddsAKeyAndItsOwnerRevokesItThere() {
        SigningKey key = Tools.signingKey("paged", Names.unique("page") + "@example.org");
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);

        Page refused = alice.submit(alice.get("account/keys.xhtml"), "keys", Map.of("keys:keyText", "hello"),
                "keys:add");
        Page added = alice.submit(alice.get("account/keys.xhtml"), "keys", Map.of("keys:keyText", key.publicKey()),
                "keys:add");

        assertTrue(refused.contains("not an ASCII-armored OpenPGP public key"), refused.body());
        assertTrue(added.contains("Added 1 key(s).") && added.contains(key.fingerprint()), added.body());
        assertTrue(added.contains("not confirmed"), "the test realm gives alice no e-mail address");
        int row = added.rowShowing(key.fingerprint());
        Page revoked = alice.submit(added, "keys", Map.of(), "keys:mine:" + row + ":revoke");
        assertTrue(revoked.contains("revoked by alice"), revoked.body());
        lookup("op=get&search=0x" + key.fingerprint()).expectError(410);
    }

    @Test
    void indexPagesSayWhereTheNextOneStarts() {
        String domain = Names.unique("paged") + ".example.org";
        for (int i = 0; i < 3; i++) {
            Keystore.push(Tools.signingKey("paged", "user" + i + "@" + domain).publicKey(),
                    "Bearer " + TestUser.ALICE.pushToken()).expect(200);
        }

        Reply first = lookup("op=index&search=" + domain + "&options=mr&x-pagesize=2").expect(200);
        Reply second = lookup("op=index&search=" + domain + "&options=mr&x-pagesize=2&x-pagetoken="
                + first.header("X-HKP-Next-Page-Token")).expect(200);

        assertEquals("info:1:2", first.text().lines().findFirst().orElseThrow());
        assertEquals("2", first.header("X-HKP-Next-Page-Token"));
        assertEquals("info:1:1", second.text().lines().findFirst().orElseThrow());
        assertNull(second.header("X-HKP-Next-Page-Token"));
    }

    /** The user's keys as {@code GET /api/keys} lists them. */
    private String keysOf(TestUser user) {
        return api.get("api/keys", user.pushToken()).expect(200).text();
    }

    private Reply lookup(String query) {
        return api.send(Api.request("pks/lookup?" + query));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
