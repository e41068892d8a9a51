package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Reply;

/**
 * Every answer of the web module carries the security headers: pages a Content-Security-Policy with a nonce for
 * their scripts (one policy, not two), everything else one that allows nothing; and the session cookie is HttpOnly
 * and SameSite, not Secure on the plain-http test server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    private final Api api = new Api();

    @Test
    void pagesHaveAPolicyWithANonceThatTheirScriptsCarry() {
        Reply home = api.get("");

        assertEquals(200, home.status());
        String policy = onePolicy(home);
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(home.text().contains("nonce=\"" + nonce.group(1) + "\""), "the page's inline scripts carry it");
        assertFalse(home.text().matches("(?s).*<script(?![^>]*\\b(src|nonce)=)[^>]*>.*"),
                "no inline script without the nonce");
        assertFalse(home.text().matches("(?s).*\\son(click|change|focus|keyup|load)=.*"), "no inline handlers");
        assertCommonHeaders(home);
    }

    @Test
    void eachPageViewHasANewNonce() {
        assertFalse(onePolicy(api.get("collections/index.xhtml")).equals(onePolicy(api.get("collections/index.xhtml"))));
    }

    @Test
    void apiAnswersStaticResourcesAndErrorsAllowNothing() {
        for (Reply reply : List.of(api.get("v1/version"), api.get("api/tokens"),
                api.get("jakarta.faces.resource/css/registry.css.xhtml"))) {
            assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                    onePolicy(reply), reply.request());
            assertCommonHeaders(reply);
        }
    }

    @Test
    void errorAndSignInPagesAreGivenThePagePolicy() {
        Reply missing = api.get("no-such-page");
        assertEquals(404, missing.status());
        assertTrue(NONCE.matcher(onePolicy(missing)).find(), "the 404 page is a page");

        Reply signIn = api.get("account/index.xhtml");
        assertTrue(signIn.text().contains("j_security_check"), "the container showed the sign-in page");
        assertTrue(NONCE.matcher(onePolicy(signIn)).find());
        assertCommonHeaders(signIn);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Reply page = api.get("collections/index.xhtml");

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        String lower = cookie.toLowerCase();
        assertTrue(lower.contains("httponly"), cookie);
        assertTrue(lower.contains("samesite=lax"), cookie);
        assertFalse(lower.contains("secure"), "REGISTRY_BASE_URL is plain http here: " + cookie);
    }

    private static String onePolicy(Reply reply) {
        List<String> policies = reply.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), reply.request() + " has one policy: " + policies);
        return policies.get(0);
    }

    private static void assertCommonHeaders(Reply reply) {
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply.request());
        assertEquals("DENY", reply.header("X-Frame-Options"), reply.request());
        assertEquals("same-origin", reply.header("Referrer-Policy"), reply.request());
        assertNull(reply.header("Strict-Transport-Security"), "only over https");
    }
}
