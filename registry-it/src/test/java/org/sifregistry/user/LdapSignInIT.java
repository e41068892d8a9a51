package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.sifregistry.testing.LdapDirectory;
import org.sifregistry.testing.TestUser;

/**
 * Signing in against a real LDAP server, on a WildFly started with REGISTRY_AUTH=ldap by the ldap failsafe execution:
 * its LDAP_* variables map the directory groups registry-admins, registry-managers and hpc-users to the roles admin,
 * manager and user (see src/test/resources/ldap/directory.ldif for who is in which).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@BlackBox
class LdapSignInIT {

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
    void directoryGroupsBecomeTheRegistrysRoles() {
        assertEquals(Set.of("admin", "user"), roles("lena", "lena-ldap-1"), "registry-admins (and hpc-users)");
        assertEquals(Set.of("manager", "user"), roles("max", "max-ldap-1"), "registry-managers, a groupOfUniqueNames");
        assertEquals(Set.of("user"), roles("uwe", "uwe-ldap-1"),
                "hpc-users, a posixGroup; the directory's own group called admin maps to nothing");
    }

    @Test
    void theAdminGroupOpensTheAdminPagesAndOthersAreRefused() {
        assertEquals(200, BrowserSession.signedIn("lena", "lena-ldap-1").get("admin/users.xhtml").status());
        assertEquals(403, BrowserSession.signedIn("uwe", "uwe-ldap-1").get("admin/users.xhtml").status());
    }

    @Test
    void theFirstSignInMakesTheAccountWithTheDirectorysNameAndEmail() {
        BrowserSession.signedIn("max", "max-ldap-1");

        Page users = BrowserSession.signedIn("lena", "lena-ldap-1").get("admin/users.xhtml?q=max");

        assertTrue(users.contains("Max Moreau"), users.body());
        assertTrue(users.contains("max@example.org"), users.body());
    }

    @Test
    void scriptsSignInWithBasicAndGetTokensOfTheSameUser() {
        String token = api.token("uwe", "uwe-ldap-1", "pull");

        api.get("v1/token-status", token).expect(200);
        assertEquals(401, api.get("v1/token-status", token + "x").status());
    }

    @Test
    void accountsInNoMappedGroupWrongPasswordsAndLocalAccountsAreRefused() {
        assertEquals(401, basic("nora", "nora-ldap-1"), "in the directory, but only in unmapped groups");
        assertEquals(401, basic("lena", "not-her-password"));
        assertEquals(401, basic("nobody", "nobody-pw-1"));
        assertEquals(401, basic(TestUser.ALICE.username(), TestUser.ALICE.password()),
                "local accounts do not sign in when the registry uses LDAP");
        assertEquals(200, basic("lena", "lena-ldap-1"));

        Page refused = BrowserSession.anonymous().signIn("nora", "nora-ldap-1");
        assertTrue(refused.contains("role=\"alert\""), "the sign-in page says it failed: " + refused.body());
        assertFalse(refused.contains("id=\"roles\""));
    }

    private int basic(String username, String password) {
        return api.send(Api.request("api/tokens").header("Authorization", Api.basic(username, password)).GET())
                .status();
    }

    private static Set<String> roles(String username, String password) {
        String shown = BrowserSession.signedIn(username, password).get("account/index.xhtml").rolesShown();
        return Arrays.stream(shown.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
