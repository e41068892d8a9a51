package org.sifregistry.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.BrowserTest;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Old images cleaned up from the UI alone: an owner gives a collection retention rules on its page in a real
 * browser, an admin sees on the admin page what a run would delete and runs it, and sets the site's default rules.
 */
@RunAsClient
class RetentionBrowserIT extends BrowserTest {

    private static final String ALICE = TestUser.ALICE.username();

    private final Api api = new Api();
    private final Path older = Tools.sif(4096, "retention older");
    private final Path newer = Tools.sif(4096, "retention newer");

    @AfterEach
    void deleteFiles() {
        Tools.deleteQuietly(older, newer);
    }

    @Test
    void anOwnerKeepsTheLastTagOnTheCollectionPageAndAnAdminRunsTheCleanUp() {
        String collection = Names.unique("tidy");
        LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());
        push.push(older, ALICE, collection, "tool", "v1");
        push.push(newer, ALICE, collection, "tool", "v2");
        browser.signOut().signIn(TestUser.ALICE).get("collections/collection.xhtml?name=" + collection);

        browser.type(By.id("collection:keepLastTags"), "1");
        browser.click(By.id("collection:saveRetention"));
        browser.waitForText(By.id("collection:messages"), "Retention rules saved.");
        browser.screenshot("collection-retention");

        BrowserSession admin = BrowserSession.signedIn(TestUser.ROOT);
        Page dryRun = admin.get("admin/retention.xhtml");
        assertTrue(dryRun.contains(collection + "/tool:v1") && !dryRun.contains(collection + "/tool:v2"),
                dryRun.body());
        Page ran = admin.submit(dryRun, "retention", Map.of(), "retention:run");

        assertTrue(ran.contains("The run deleted"), ran.body());
        assertFalse(ran.contains(collection + "/tool:v1"), "no longer due: gone");
        api.get("v1/images/" + ALICE + "/" + collection + "/tool:v1?arch=amd64", TestUser.ALICE.pullToken())
                .expectError(404);
        api.get("v1/images/" + ALICE + "/" + collection + "/tool:v2?arch=amd64", TestUser.ALICE.pullToken())
                .expect(200);
    }

    /** The default is set to ten years and taken back: while it holds, it reaches every collection of the registry. */
    @Test
    void anAdminSetsTheDefaultRulesThatCollectionsWithoutTheirOwnFollow() {
        BrowserSession admin = BrowserSession.signedIn(TestUser.ROOT);
        try {
            Page saved = admin.submit(admin.get("admin/retention.xhtml"), "retention",
                    Map.of("retention:untaggedDays", "3650"), "retention:saveDefault");

            assertTrue(saved.contains("Default retention rules saved."), saved.body());
            JsonObject stored = siteDefault();
            assertEquals(3650, stored.getInt("untaggedDays"));
            assertTrue(stored.isNull("keepLastTags"), stored.toString());
            Page refused = admin.submit(saved, "retention", Map.of("retention:untaggedDays", "0"),
                    "retention:saveDefault");
            assertTrue(refused.contains("untaggedDays is a whole number from 1 to 3650"), refused.body());
        } finally {
            admin.submit(admin.get("admin/retention.xhtml"), "retention", Map.of("retention:untaggedDays", ""),
                    "retention:saveDefault");
        }
        assertTrue(siteDefault().isNull("untaggedDays"));
    }

    private JsonObject siteDefault() {
        return api.send(Api.request("api/retention/default")
                .header("Authorization", TestUser.ROOT.basicAuthorization())).expect(200).json();
    }
}
