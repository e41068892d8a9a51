package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OtherClient;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;

/**
 * Failed sign-ins and wrong API tokens are limited per client: after the allowed failures a client is answered 429
 * with Retry-After and those credentials are not even checked; passwords per address and user, tokens per address
 * and token, so that valid tokens from the same address always pass. Each test is a client on a loopback address of its own
 * ({@link OtherClient}), so that the clients it blocks are never the rest of the suite's 127.0.0.1. The limit is
 * below Elytron's lockout of an account (10 failures in a row); a test that fails a user's password ends with a
 * correct sign-in from 127.0.0.1, which clears Elytron's count for the tests after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class SignInRateLimitIT {

    /** The default of REGISTRY_SIGN_IN_MAX_FAILURES, which the test server keeps. */
    private static final int MAX_FAILURES = 5;
    /** The default of REGISTRY_TOKEN_MAX_FAILURES. */
    private static final int MAX_TOKEN_FAILURES = 1000;

    @Test
    void wrongPasswordsOverHttpBasicAreLimitedPerAddressAndUser() {
        OtherClient client = OtherClient.onNewAddress();
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertEquals(401, tokens(client, TestUser.ALICE.username(), "wrong-" + i).status());
        }

        Reply refused = tokens(client, TestUser.ALICE.username(), TestUser.ALICE.password());

        String message = refused.expectError(429);
        assertTrue(message.contains("Too many failed sign-ins"), message);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 300, "seconds until the window closes: " + retryAfter);
        assertEquals(200, tokens(client, TestUser.BOB.username(), TestUser.BOB.password()).status(),
                "another user on the same address is not affected");
        assertSignsInFromTheSuitesAddress(TestUser.ALICE);
    }

    @Test
    void failedFormSignInsAreLimitedAndTheBlockedOneGetsAPage() {
        OtherClient client = OtherClient.onNewAddress();
        for (int i = 0; i < MAX_FAILURES; i++) {
            Reply failed = signIn(client, TestUser.CAROL.username(), "wrong-" + i);
            assertEquals(200, failed.status(), "the sign-in page again");
            assertTrue(failed.text().contains("The username or password is not right"), failed.text());
        }

        Reply refused = signIn(client, TestUser.CAROL.username(), TestUser.CAROL.password());

        assertEquals(429, refused.status());
        assertTrue(refused.header("Content-Type").startsWith("text/html"));
        assertTrue(refused.text().contains("Too many failed sign-ins for this user came from your address. Wait 5 "
                + "minutes, then try again."), refused.text());
        assertTrue(refused.header("Retry-After") != null);
        assertEquals("DENY", refused.header("X-Frame-Options"), "the security headers are there too");
        assertSignsInFromTheSuitesAddress(TestUser.CAROL);
    }

    @Test
    void aCorrectPasswordForgivesEarlierTyposAndSuccessesNeverCount() {
        OtherClient client = OtherClient.onNewAddress();
        String bob = TestUser.BOB.username();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < MAX_FAILURES - 1; i++) {
                assertEquals(401, tokens(client, bob, "typo-" + i).status());
            }
            assertEquals(200, tokens(client, bob, TestUser.BOB.password()).status());
        }
        for (int i = 0; i < 2 * MAX_FAILURES; i++) {
            Reply signedIn = signIn(client, bob, TestUser.BOB.password());
            assertEquals(302, signedIn.status(), "a successful sign-in goes on to the registry: " + signedIn.text());
        }
    }

    @Test
    void aStaleTokenSentAgainAndAgainIsRefusedAloneWhileValidTokensFromTheSameAddressPass() {
        OtherClient client = OtherClient.onNewAddress();
        Map<String, String> stale = Map.of("Authorization", "Bearer sifr_" + Names.unique("revoked"));
        for (int i = 0; i < MAX_FAILURES; i++) {
            Reply wrong = client.get("v1/token-status", stale);
            assertEquals(401, wrong.status(), wrong.text());
        }

        Reply refused = client.get("v1/token-status", stale);

        String message = refused.expectError(429);
        assertTrue(message.contains("this wrong API token"), message);
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        assertEquals(200, valid(client, TestUser.ALICE.pullToken()).status(), "another token from the same address");
        assertEquals(200, valid(client, TestUser.BOB.pullToken()).status());
    }

    @Test
    void aFloodOfMadeUpTokensGetsOneTryEachWhileValidTokensFromTheSameAddressAllPass() {
        OtherClient client = OtherClient.onNewAddress();
        String flood = Names.unique("flood");
        List<Integer> validAnswers = new ArrayList<>();
        for (int i = 0; i <= MAX_TOKEN_FAILURES; i++) {
            Reply wrong = client.get("v1/token-status", Map.of("Authorization", "Bearer sifr_" + flood + i));
            assertEquals(401, wrong.status(), "a made-up token's first try is looked up: " + wrong.text());
            if (i % 50 == 0) {
                validAnswers.add(valid(client, TestUser.ALICE.pullToken()).status());
                validAnswers.add(valid(client, TestUser.BOB.pushToken()).status());
            }
        }

        assertEquals(List.of(200), validAnswers.stream().distinct().toList(), "every valid token, all along");
        Reply again = client.get("v1/token-status", Map.of("Authorization", "Bearer sifr_" + flood + 0));
        assertTrue(again.expectError(429).contains("this wrong API token"), "past the flood limit, no second try");
        assertEquals(200, valid(client, TestUser.ALICE.pushToken()).status(), "and still every valid token");
    }

    private static Reply valid(OtherClient client, String token) {
        return client.get("v1/token-status", Map.of("Authorization", "Bearer " + token));
    }

    /** Also clears Elytron's count of the user's failures, which the other tests' sign-ins must not inherit. */
    private static void assertSignsInFromTheSuitesAddress(TestUser user) {
        new Api().send(Api.request("api/tokens").header("Authorization", user.basicAuthorization()).GET()).expect(200);
    }

    private static Reply tokens(OtherClient client, String user, String password) {
        return client.get("api/tokens", Map.of("Authorization", Api.basic(user, password)));
    }

    private static Reply signIn(OtherClient client, String user, String password) {
        return client.postForm("j_security_check", "j_username=" + encode(user) + "&j_password=" + encode(password));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
