package org.sifregistry.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

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
import org.sifregistry.testing.LdapDirectory;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.MailServer;
import org.sifregistry.testing.MailServer.Received;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.Tools;

/**
 * E-mail through WildFly's mail session (mail.cli) to a real SMTP server, on the ldap server, whose people have the
 * e-mail addresses of the directory: a push that takes an account past 90 % of its quota mails its owner (once:
 * {@code QuotaUseTest}).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@BlackBox
class LdapMailIT {

    private static final String LENA = "lena";
    private static final String LENA_BASIC = "Basic " + Base64.getEncoder().encodeToString(
            "lena:lena-ldap-1".getBytes(StandardCharsets.UTF_8));

    private static LdapDirectory directory;
    private static MailServer mail;

    private final Api api = new Api();

    @BeforeAll
    static void startDirectoryAndMail() {
        directory = LdapDirectory.start();
        mail = MailServer.start();
    }

    @AfterAll
    static void stop() {
        mail.close();
        directory.close();
    }

    @Test
    void aPushThatTakesAnAccountPastNinetyPercentMailsItsOwner() {
        BrowserSession.signedIn(LENA, "lena-ldap-1");
        String token = api.send(Api.request("api/tokens").header("Authorization", LENA_BASIC)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.object().add("name", Names.unique("mail"))
                        .add("scope", "push").build().toString()))).expect(201).json().getString("secret");
        long usage = quota().getJsonNumber("usage").longValue();
        Path image = Tools.sif(Math.max(4096, usage / 8), "mail");
        try {
            setQuota(Long.toString((usage + Api.size(image)) * 100 / 95)).expect(200);

            new LibraryPush(api, token).push(image, LENA, Names.unique("mailed"), "tool", "v1");
            List<Received> received = mail.await(1, Duration.ofMinutes(1));

            assertEquals(1, received.size(), received.toString());
            Received warning = received.get(0);
            assertEquals(List.of("lena@example.org"), warning.to());
            assertEquals("registry@example.org", warning.from());
            assertTrue(warning.subject().startsWith("Images of user lena use 9"), warning.subject());
            assertTrue(warning.body().contains("ask an administrator for a larger quota"), warning.body());
        } finally {
            setQuota("default").expect(200);
            Tools.deleteQuietly(image);
        }
    }

    private JsonObject quota() {
        return api.send(Api.request("api/quotas/users/" + LENA).header("Authorization", LENA_BASIC)).expect(200)
                .json();
    }

    private Reply setQuota(String quota) {
        return api.send(Api.request("api/quotas/users/" + LENA).header("Authorization", LENA_BASIC)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.object().add("quota", quota).build().toString())));
    }
}
