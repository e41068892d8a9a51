package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sifregistry.testing.BrowserTest;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;

/** The admin pages in a real browser: the registry's name, changed in the settings, is what every page shows. */
@RunAsClient
class AdminBrowserIT extends BrowserTest {

    private static final String DEFAULT_NAME = "SIF Registry";
    private static final String FORBIDDEN = "Not allowed";


    @Test
    void anAdminRenamesTheRegistryAndHomeAndAboutShowIt() {
        String name = Names.unique("Institute Registry");
        browser.signOut().signIn(TestUser.ROOT);
        try {
            rename(name);
            browser.screenshot("admin-settings");

            browser.get("");
            assertEquals(name, browser.find(By.tagName("h1")).getText());
            browser.get("about.xhtml");
            assertTrue(browser.find(By.tagName("h1")).getText().contains(name));
            assertTrue(browser.title().endsWith(name), "the window title names the registry: " + browser.title());
        } finally {
            rename(DEFAULT_NAME);
        }
    }

    @Test
    void theUsersAndJobsPagesOpenForAnAdmin() {
        browser.signOut().signIn(TestUser.ROOT).get("admin/users.xhtml?q=" + TestUser.ROOT.username());
        browser.waitForText(By.id("users:table"), TestUser.ROOT.username());
        browser.screenshot("admin-users");

        browser.click(By.id("adminJobs"));
        browser.waitFor(By.id("jobs"));
        browser.screenshot("admin-jobs");
    }

    @Test
    void theAdminPagesAreRefusedToAnotherUser() {
        browser.signOut().signIn(TestUser.CAROL).get("admin/settings.xhtml");

        assertEquals(FORBIDDEN, browser.find(By.tagName("h1")).getText());
    }

    private static void rename(String name) {
        browser.get("admin/settings.xhtml");
        browser.type(By.id("settings:name"), name);
        browser.click(By.id("settings:save"));
        browser.waitFor(By.id("settings:messages"));
    }
}
