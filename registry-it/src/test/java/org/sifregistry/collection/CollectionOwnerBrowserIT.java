package org.sifregistry.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * What an owner does on the collection and container pages in a real browser: describe a collection and make it
 * private, share it with a contributor and take that back, delete it; freeze a container, which then refuses to be
 * deleted until thawed.
 */
@RunAsClient
class CollectionOwnerBrowserIT extends BrowserTest {


    private final Api api = new Api();

    @Test
    void anOwnerDescribesHidesSharesAndDeletesACollection() {
        String collection = push("owned").collection();
        browser.signOut().signIn(TestUser.ALICE).get(collectionPage(collection));

        browser.type(By.id("collection:description"), "Rocks & minerals");
        browser.click(By.cssSelector("#collection\\:privateFlag .ui-chkbox-box"));
        browser.click(By.id("collection:saveCollection"));
        browser.waitForText(By.id("collection:messages"), "Saved.");
        assertTrue(browser.find(By.id("collectionDescription")).getText().contains("Rocks & minerals"));
        assertEquals(404, asBob(collectionPage(collection)), "private now");

        browser.type(By.id("collection:newContributor"), TestUser.BOB.username());
        browser.click(By.id("collection:addContributor"));
        browser.waitForText(By.id("collection:messages"), "bob is now a contributor.");
        assertEquals(200, asBob(collectionPage(collection)), "a contributor sees the private collection");
        browser.screenshot("collection-owner");

        browser.click(By.id("collection:contributors:0:removeContributor"));
        browser.waitForText(By.id("collection:messages"), "bob is no longer a contributor.");
        assertEquals(404, asBob(collectionPage(collection)));

        browser.click(By.id("collection:deleteCollection"));
        browser.click(By.id("collection:confirmYes"));
        browser.waitForText(By.id("collections:messages"), "was deleted");
        assertTrue(browser.url().contains("collections/index.xhtml"), browser.url());
        assertEquals(404, api.send(Api.request(collectionPage(collection))
                .header("Authorization", TestUser.ALICE.basicAuthorization())).status());
    }

    @Test
    void aFrozenContainerIsDeletedOnlyAfterItIsThawed() {
        Pushed pushed = push("frozen");
        String page = "containers/container.xhtml?ref=" + pushed.collection() + "/" + pushed.container() + ":v1";
        browser.signOut().signIn(TestUser.ALICE).get(page);

        browser.click(By.id("container:freezeToggle"));
        browser.waitForText(By.id("container:messages"), "Frozen");
        try (Browser phone = Browser.phone()) {
            phone.signIn(TestUser.ALICE).get(page);
            phone.waitFor(By.id("pullLibrary"));
            phone.screenshot("container-phone");
        }
        browser.click(By.id("container:deleteContainer"));
        browser.click(By.id("container:confirmYes"));
        browser.waitForText(By.id("container:messages"), "it is frozen");
        assertEquals(200, api.get(page).status(), "still there");

        browser.click(By.id("container:freezeToggle"));
        browser.waitForText(By.id("container:messages"), "No longer frozen.");
        browser.click(By.id("container:deleteContainer"));
        browser.click(By.id("container:confirmYes"));
        browser.waitForText(By.id("collection:messages"), "was deleted");
        assertTrue(browser.url().contains("collections/collection.xhtml"), browser.url());
        assertEquals(404, api.get(page).status());
    }

    /** A new public collection of alice's with one small image in it, tagged v1. */
    private Pushed push(String prefix) {
        return new LibraryPush(api, TestUser.ALICE.pushToken()).push(Tools.sif(4096, prefix),
                TestUser.ALICE.username(), Names.unique(prefix), "tool", "v1");
    }

    private int asBob(String path) {
        return api.send(Api.request(path).header("Authorization", TestUser.BOB.basicAuthorization())).status();
    }

    private static String collectionPage(String collection) {
        return "collections/collection.xhtml?name=" + collection;
    }
}
