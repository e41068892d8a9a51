package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sifregistry.testing.BrowserTest;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Browser;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The site in a real browser: a visitor browses, signs in and out, and makes an API token that then works from the
 * command line. The pages are saved under target/screenshots.
 */
@RunAsClient
class SiteBrowserIT extends BrowserTest {

    private static Pushed published;

    private final Api api = new Api();

    @Test
    void aVisitorFindsAPublicCollectionFromTheHomePage() {
        Pushed pushed = publicImage();
        browser.signOut().get("");

        assertTrue(browser.find(By.tagName("h1")).getText().contains("SIF Registry"));
        assertTrue(browser.source().contains(pushed.collection() + "/" + pushed.container()),
                "the newest containers list the push");
        browser.screenshot("home");

        browser.type(By.id("q"), pushed.collection());
        browser.find(By.cssSelector("form.search button")).click();

        browser.waitForText(By.id("collections:table"), pushed.collection());
        browser.screenshot("collections");
    }

    @Test
    void theHomePageFitsAPhone() {
        publicImage();
        try (Browser phone = Browser.phone()) {
            phone.get("");
            Number screen = (Number) phone.script("return window.innerWidth;");
            Number page = (Number) phone.script("return document.documentElement.scrollWidth;");
            assertTrue(page.intValue() <= screen.intValue(),
                    "no sideways scrolling on a " + screen + "px wide phone, but the page is " + page + "px");
            phone.screenshot("home-phone");
        }
    }

    @Test
    void aUserSignsInAndOut() {
        browser.signOut().get("login.xhtml");
        browser.screenshot("sign-in");

        browser.signIn(TestUser.BOB);
        assertTrue(browser.find(By.linkText(TestUser.BOB.username())).isDisplayed());

        browser.click(By.linkText("Sign out"));
        browser.waitFor(By.linkText("Sign in"));
    }

    @Test
    void aWrongPasswordIsToldPolitely() {
        browser.signOut().get("login.xhtml");
        browser.type(By.id("j_username"), TestUser.BOB.username());
        browser.type(By.id("j_password"), "not-the-password");
        browser.find(By.cssSelector(".login-form button[type=submit]")).click();

        assertTrue(browser.waitFor(By.cssSelector("[role=alert]")).getText().length() > 10);
    }

    @Test
    void aTokenMadeInTheBrowserWorksFromTheCommandLine() {
        browser.signOut().signIn(TestUser.CAROL).get("account/tokens.xhtml");
        String name = Names.unique("laptop");
        browser.type(By.id("tokens:name"), name);
        browser.click(By.id("tokens:create"));

        String secret = browser.waitFor(By.id("newSecret")).getText();
        assertTrue(browser.find(By.id("tokens:table")).getText().contains(name));
        browser.screenshot("tokens");

        assertEquals(200, api.get("v1/token-status", secret).status());
        browser.get("account/tokens.xhtml");
        assertFalse(browser.source().contains(secret), "a token's secret is shown once");
    }

    @Test
    void anUnknownPageIsANotFoundPageInTheRegistryStyle() {
        browser.signOut().get("no-such-page.xhtml");

        assertTrue(browser.find(By.tagName("h1")).getText().contains("Not found"));
        assertTrue(browser.all(By.cssSelector(".site-header")).size() == 1, "the page keeps the site's header");
    }

    /** One small public image of alice's, pushed once for the tests that only need something to show. */
    private synchronized Pushed publicImage() {
        if (published == null) {
            published = new LibraryPush(api, TestUser.ALICE.pushToken()).push(Tools.sif(4096, "browser"),
                    TestUser.ALICE.username(), Names.unique("browse"), "lab-tools", "v1");
        }
        return published;
    }
}
