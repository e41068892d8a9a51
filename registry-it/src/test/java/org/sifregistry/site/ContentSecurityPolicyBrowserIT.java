package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sifregistry.testing.BrowserTest;
import org.sifregistry.testing.TestUser;

/**
 * The pages' Content-Security-Policy is enforced, and what it refuses shows in the console that every browser test
 * checks: a script that a page did not bring with its nonce does not run, while the handlers Faces writes inline
 * (moved by PrimeFaces into scripts with the nonce) still do.
 */
@RunAsClient
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    @Test
    void aScriptInjectedIntoAPageDoesNotRun() {
        browser.get("");
        browser.script("var injected = document.createElement('script');"
                + "injected.textContent = 'window.injectedRan = true;';"
                + "document.head.appendChild(injected);");

        assertEquals(Boolean.FALSE, browser.script("return window.injectedRan === true;"));
        assertFalse(browser.contentSecurityPolicyViolations().isEmpty(), "the console names the refusal");
    }

    @Test
    void theSignOutLinkStillWorks() {
        browser.signIn(TestUser.BOB);

        browser.click(By.linkText("Sign out"));

        browser.waitFor(By.linkText("Sign in"));
    }
}
