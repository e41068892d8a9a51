package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Keycloak;
import org.sifregistry.testing.Names;

/**
 * Single sign-on on a WildFly started with REGISTRY_AUTH=oidc by the oidc failsafe execution, at Keycloak with the
 * realm of {@code src/test/resources/keycloak/research-realm.json}: the browser is sent to Keycloak's sign-in form
 * and back, the realm roles (given directly or through a group) are the registry's roles, the account takes the
 * name and email claims, an account without the registry's roles is refused, signing out ends Keycloak's session
 * too, and API tokens still work.
 */
@RunAsClient
@ExtendWith({Keycloak.class, ArquillianExtension.class})
@BlackBox
class OidcSignInIT {

    private static final Pattern SECRET = Pattern.compile("id=\"newSecret\">([^<]+)<");

    /** The realm role admin, and user, given to her directly. */
    private static final String OLGA = "olga";
    /** In the group researchers, which carries the realm role user. */
    private static final String PIET = "piet";
    /** In the group visitors, which carries no role of the registry's. */
    private static final String NORA = "nora";

    private final Api api = new Api();

    @Test
    void theSignInPageOffersTheProviderInsteadOfAPasswordForm() {
        Page page = BrowserSession.anonymous().get("login.xhtml");

        assertTrue(page.contains("Sign in with Research SSO"), page.body());
        assertFalse(page.contains("j_security_check"));
    }

    @Test
    void aProtectedPageSignsInAtKeycloakWithTheRealmRolesNameAndEmail() {
        BrowserSession olga = signedIn(OLGA);

        Page account = olga.get("account/index.xhtml");
        assertEquals("user, admin", account.rolesShown(),
                "the token's realm roles; offline_access and Keycloak's default roles are not ours");

        Page users = olga.get("admin/users.xhtml?q=olga");
        assertEquals(200, users.status());
        assertTrue(users.contains("Olga Olsen"), users.body());
        assertTrue(users.contains("olga@example.org"), users.body());
    }

    @Test
    void aRoleFromAGroupCountsAndTheAdminPagesStayRefusedWithoutTheAdminRole() {
        BrowserSession piet = signedIn(PIET);

        assertEquals("user", piet.get("account/index.xhtml").rolesShown());
        assertEquals(403, piet.get("admin/users.xhtml").status());
    }

    @Test
    void anAccountWithoutTheRegistrysRolesIsRefusedAndNotSignedIn() {
        BrowserSession nora = BrowserSession.anonymous();

        Page refused = Keycloak.signIn(nora, nora.get("account/index.xhtml"), NORA, password(NORA));

        assertEquals(403, refused.status(), refused.uri() + ": " + refused.body());
        assertTrue(refused.contains("Not allowed"), refused.body());
        assertFalse(refused.contains("Sign out"), "the refusal already shows her signed out: " + refused.body());
        Page home = nora.get("");
        assertEquals(200, home.status());
        assertFalse(home.contains("Sign out"), "signed out, not a user without roles: " + home.body());
    }

    /**
     * The refusal ends the session and must not start another while it shows its page: WildFly's distributable
     * session manager never releases a session begun in the request that invalidated the one before, and each such
     * session held the next undeployment of the registry for a minute.
     */
    @Test
    void aRefusedSignInLeavesNoSessionBehind() {
        BrowserSession nora = BrowserSession.anonymous();

        Keycloak.signIn(nora, nora.get("account/index.xhtml"), NORA, password(NORA));

        assertEquals(Optional.empty(), nora.cookie("JSESSIONID"));
    }

    @Test
    void aRefusedSignInIsAuditedAsAFailedOne() {
        BrowserSession nora = BrowserSession.anonymous();
        Keycloak.signIn(nora, nora.get("account/index.xhtml"), NORA, password(NORA));
        BrowserSession olga = signedIn(OLGA);

        JsonObject refusal = Eventually.await(Duration.ofSeconds(30), Duration.ofMillis(250),
                () -> Json.createReader(new StringReader(olga.get("api/admin/audit?action=SIGN_IN_FAILED&actor=nora")
                        .body())).readObject().getJsonArray("items"),
                items -> !items.isEmpty(), "nora's refused sign-in in the audit trail").getJsonObject(0);

        assertEquals("FAILURE", refusal.getString("outcome"));
        assertEquals("oidc", refusal.getString("detail"));
    }

    @Test
    void apiTokensMadeInTheSignedInPagesWorkBesideSingleSignOn() {
        BrowserSession piet = signedIn(PIET);
        Page tokens = piet.get("account/tokens.xhtml");

        Page created = piet.submit(tokens, "tokens", Map.of("tokens:name", Names.unique("sso"),
                "tokens:scope_input", "PULL", "tokens:days_input", "30", "tokens:days_hinput", "30"), "tokens:create");

        Matcher secret = SECRET.matcher(created.body());
        assertTrue(secret.find(), created.body());
        api.get("v1/token-status", secret.group(1)).expect(200);
        assertEquals(401, api.get("v1/token-status", secret.group(1) + "x").status());
        assertEquals(401, api.get("v1/token-status").status(),
                "no token: the library API answers 401 itself rather than sending the client to the provider");
    }

    @Test
    void whileKeycloaksSessionLastsANewRegistrySessionSignsInWithoutAPassword() {
        BrowserSession piet = signedIn(PIET);

        Page account = piet.forgetCookie("JSESSIONID").get("account/index.xhtml");

        assertEquals(200, account.status(), account.uri() + ": " + account.body());
        assertEquals("user", account.rolesShown());
    }

    @Test
    void signingOutEndsKeycloaksSessionTooSoTheNextSignInAsksForThePassword() {
        BrowserSession olga = signedIn(OLGA);
        Page account = olga.get("account/index.xhtml");

        Page home = olga.submit(account, "signOut", Map.of(), "signOut:signOutLink");

        assertEquals(Api.uri(""), home.uri(), "Keycloak sends the browser back to the registry's home page");
        assertFalse(home.contains("Sign out"), home.body());
        assertTrue(Keycloak.isSignInForm(olga.get("account/index.xhtml")),
                "signed out at Keycloak too: it asks for the password again rather than signing her in silently");
    }

    /** A new browser session that opened a protected page and signed in at Keycloak's form; on that page now. */
    private static BrowserSession signedIn(String username) {
        BrowserSession session = BrowserSession.anonymous();
        Page account = Keycloak.signIn(session, session.get("account/index.xhtml"), username, password(username));
        assertEquals(200, account.status(), account.uri() + ": " + account.body());
        assertTrue(account.uri().getPath().endsWith("/account/index.xhtml"), account.uri().toString());
        return session;
    }

    /** The password research-realm.json gives each user. */
    private static String password(String username) {
        return username + "-password-1";
    }
}
