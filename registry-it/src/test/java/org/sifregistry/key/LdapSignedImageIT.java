package org.sifregistry.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.JsonObject;

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
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Keystore;
import org.sifregistry.testing.LdapDirectory;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Tools;
import org.sifregistry.testing.Tools.SigningKey;

/**
 * What issue 26 is done for, on the ldap server, whose people have the directory's e-mail addresses: a researcher
 * pushes their key as {@code apptainer key push} does, pushes an image they signed, and sees it verified by their
 * institutional identity on the container page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@BlackBox
class LdapSignedImageIT {

    private static final String LENA = "lena";
    private static final String LENA_PASSWORD = "lena-ldap-1";
    private static final String LENA_BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (LENA + ":" + LENA_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private static LdapDirectory directory;

    private final Api api = new Api();

    @BeforeAll
    static void startDirectory() {
        directory = LdapDirectory.start();
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    @Test
    void aResearchersSignedImageIsVerifiedByTheirInstitutionalIdentity() {
        BrowserSession lena = BrowserSession.signedIn(LENA, LENA_PASSWORD);
        String token = api.send(Api.request("api/tokens").header("Authorization", LENA_BASIC)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.object().add("name", Names.unique("keys"))
                        .add("scope", "push").build().toString()))).expect(201).json().getString("secret");
        SigningKey key = Tools.signingKey("lena", "lena@example.org");
        Path image = Tools.sif(4096, "lena-signed");
        Path signed = Tools.signed(image, key);
        try {
            String said = Keystore.push(key.publicKey(), "BEARER " + token).expect(200).text();
            assertTrue(said.contains("confirmed by the directory's address lena@example.org"), said);

            Pushed pushed = new LibraryPush(api, token).push(signed, LENA, Names.unique("lenasigned"), "tool", "v1");
            JsonObject signature = Eventually.await(Duration.ofMinutes(1), () -> details(pushed),
                    d -> "PARSED".equals(d.getString("parseStatus")), "the image to be read")
                    .getJsonArray("signatures").getJsonObject(0);

            assertEquals("VERIFIED", signature.getString("trust"), signature.toString());
            assertEquals(LENA, signature.getString("signedBy"));
            assertTrue(signature.getBoolean("identityConfirmed"));
            Page page = lena.get("containers/container.xhtml?ref=" + pushed.collection() + "/tool:v1");
            assertTrue(page.contains("signature-trust-VERIFIED\">Verified<"), page.body());
            assertTrue(page.contains("by lena: ") && page.contains("lena@example.org")
                    && page.contains("(confirmed by the directory)"), page.body());
            Page keys = lena.get("account/keys.xhtml");
            assertTrue(keys.contains(key.fingerprint()) && keys.contains("signature-confirmed\">lena@example.org<"),
                    keys.body());
        } finally {
            Tools.deleteQuietly(image, signed);
        }
    }

    private JsonObject details(Pushed pushed) {
        return api.send(Api.request("api/browse/containers/" + pushed.collection() + "/tool:v1")
                .header("Authorization", LENA_BASIC)).expect(200).json();
    }
}
