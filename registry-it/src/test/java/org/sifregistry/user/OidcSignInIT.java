package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.FakeOpenIdProvider;
import org.sifregistry.testing.FakeOpenIdProvider.Person;
import org.sifregistry.testing.Names;

/**
 * Single sign-on on a WildFly started with REGISTRY_AUTH=oidc by the oidc failsafe execution, at an OpenID provider
 * the test runs (FakeOpenIdProvider, in Keycloak's place): the browser is sent to the provider and back, the token's
 * realm roles are the registry's roles, the account takes the name and email claims, and API tokens still work.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OidcSignInIT {

    private static final Pattern SECRET = Pattern.compile("id=\"newSecret\">([^<]+)<");
    private static final Person OLGA =
            new Person("olga", "Olga Olsen", "olga@example.org", List.of("admin", "user", "offline_access"));
    private static final Person PIET = new Person("piet", "Piet Peeters", "piet@example.org", List.of("user"));

    private static FakeOpenIdProvider provider;

    private final Api api = new Api();

    @Deployment(testable = false)
    static EnterpriseArchive registry() {
        return Deployments.registryEar();
    }

    @BeforeAll
    static void startProvider() {
        provider = FakeOpenIdProvider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void theSignInPageOffersTheProviderInsteadOfAPasswordForm() {
        Page page = BrowserSession.anonymous().get("login.xhtml");

        assertTrue(page.contains("Sign in with Research SSO"), page.body());
        assertFalse(page.contains("j_security_check"));
    }

    @Test
    void aProtectedPageSignsInAtTheProviderWithItsRolesNameAndEmail() {
        BrowserSession olga = signedIn(OLGA);

        Page account = olga.get("account/index.xhtml");
        assertEquals("user, admin", account.rolesShown(), "the token's realm roles; offline_access is not one of ours");

        Page users = olga.get("admin/users.xhtml?q=olga");
        assertEquals(200, users.status());
        assertTrue(users.contains("Olga Olsen"), users.body());
        assertTrue(users.contains("olga@example.org"), users.body());
    }

    @Test
    void withoutTheAdminRoleTheAdminPagesAreRefused() {
        BrowserSession piet = signedIn(PIET);

        assertEquals("user", piet.get("account/index.xhtml").rolesShown());
        assertEquals(403, piet.get("admin/users.xhtml").status());
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

    private static BrowserSession signedIn(Person person) {
        provider.signInNext(person);
        BrowserSession session = BrowserSession.anonymous();
        Page account = session.get("account/index.xhtml");
        assertEquals(200, account.status(), account.uri() + ": " + account.body());
        assertTrue(account.uri().getPath().endsWith("/account/index.xhtml"), account.uri().toString());
        return session;
    }
}
