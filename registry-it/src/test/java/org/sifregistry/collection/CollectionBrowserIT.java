package org.sifregistry.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sifregistry.testing.BrowserTest;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The collection pages in a real browser: another user stars alice's collection, and a private collection stays
 * out of sight of everyone but its owner, in the list and at its own address.
 */
@RunAsClient
class CollectionBrowserIT extends BrowserTest {


    private final Api api = new Api();

    @Test
    void aUserStarsAndUnstarsSomeoneElsesCollection() {
        String collection = push("starred", false);
        browser.signOut().signIn(TestUser.BOB).get(page(collection));
        assertTrue(browser.find(By.id("collection:starCount")).getText().startsWith("0"));

        browser.click(By.id("collection:starToggle"));
        browser.waitForText(By.id("collection:starCount"), "1");
        browser.get(page(collection));
        assertEquals("true", browser.find(By.id("collection:starToggle")).getAttribute("aria-pressed"));
        browser.screenshot("collection");

        browser.click(By.id("collection:starToggle"));
        browser.waitForText(By.id("collection:starCount"), "0");
    }

    @Test
    void aPrivateCollectionIsInvisibleToAnotherUser() {
        String hidden = push("hidden", true);

        browser.signOut().signIn(TestUser.BOB).get("collections/index.xhtml?q=" + hidden);
        browser.waitFor(By.id("collections:table"));
        assertFalse(browser.find(By.id("collections:table")).getText().contains(hidden));
        browser.get(page(hidden));
        assertTrue(browser.find(By.tagName("h1")).getText().contains("Not found"),
                "bob is not told the collection exists");

        browser.signOut().signIn(TestUser.ALICE).get(page(hidden));
        assertTrue(browser.find(By.id("collectionName")).getText().contains(hidden));
    }

    /** A new collection of alice's with one small image in it. */
    private String push(String prefix, boolean privateCollection) {
        String collection = Names.unique(prefix);
        LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());
        push.entity(TestUser.ALICE.username());
        push.collection(TestUser.ALICE.username(), collection, privateCollection);
        push.push(Tools.sif(4096, prefix), TestUser.ALICE.username(), collection, "tool", "v1");
        return collection;
    }

    private static String page(String collection) {
        return "collections/collection.xhtml?name=" + collection;
    }
}
