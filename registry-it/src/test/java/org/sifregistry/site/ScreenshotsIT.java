package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Browser;
import org.sifregistry.testing.BrowserTest;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The README's screenshots, {@code docs/screenshots/*.png}, taken of the demo set ({@code demo/load.sh}) as a
 * visitor, a user, an owner and an admin see it. Run by {@code docs/screenshots.sh}, which starts the test server
 * empty so that nothing but the demo set shows; the default test run skips it.
 */
@RunAsClient
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsIT extends BrowserTest {

    private static final Path DOCS = Tools.moduleDir().getParent().resolve("docs/screenshots");
    /** The demo users' password in the test server's realm (src/test/it-server). */
    private static final String DEMO_PASSWORD = "demo-pw-1";
    /** The owner of bioinformatics and of the private rnaseq-lab. */
    private static final String ADA = "ada";
    private static final String MARIE = "marie";

    @BeforeAll
    static void loadTheDemoSet() {
        Tools.run(Duration.ofMinutes(20), Map.of("DEMO_PASSWORD", DEMO_PASSWORD), "bash",
                Tools.moduleDir().getParent().resolve("demo/load.sh").toString(), Api.BASE.toString()).orFail();
    }

    @Test
    void whatAVisitorSees() {
        browser.signOut().get("");
        assertTrue(browser.waitFor(By.tagName("main")).getText().contains("ml/pytorch"), "the demo set is shown");
        save(browser, "home");

        browser.get("login.xhtml").waitFor(By.id("j_username"));
        save(browser, "sign-in");

        browser.get("containers/container.xhtml?ref=ml/pytorch:latest").waitFor(By.id("container:labels"));
        save(browser, "container");

        browser.get("labels/index.xhtml").waitFor(By.id("labels:table"));
        save(browser, "labels");
        browser.get("labels/label.xhtml?key=org.opencontainers.image.vendor").waitFor(By.id("label:values"));
        save(browser, "label");
        browser.get("topics/index.xhtml").waitFor(By.id("topics:cloud"));
        save(browser, "topics");

        browser.get("stats/sizes.xhtml").waitFor(By.id("sizes:largest"));
        save(browser, "sizes");
        browser.get("stats/downloads.xhtml").waitFor(By.cssSelector("#downloads\\:chart canvas"));
        save(browser, "downloads");
        browser.get("stats/stars.xhtml").waitFor(By.id("stars:table"));
        save(browser, "stars");
    }

    @Test
    void whatAPhoneShows() {
        try (Browser phone = Browser.phone()) {
            phone.get("").waitFor(By.tagName("h1"));
            save(phone, "home-phone");
            phone.get("containers/container.xhtml?ref=bioinformatics/samtools:latest").waitFor(By.id("pullLibrary"));
            save(phone, "container-phone");
            phone.get("stats/downloads.xhtml").waitFor(By.cssSelector("#downloads\\:chart canvas"));
            save(phone, "downloads-phone");
        }
    }

    @Test
    void whatAUserAndAnOwnerSee() {
        browser.signOut().signIn(MARIE, DEMO_PASSWORD).get("collections/collection.xhtml?name=bioinformatics")
                .waitFor(By.id("collection:starToggle"));
        save(browser, "collection");

        browser.signOut().signIn(ADA, DEMO_PASSWORD).get("collections/index.xhtml")
                .waitForText(By.id("collections:table"), "rnaseq-lab");
        save(browser, "collections");

        browser.get("collections/collection.xhtml?name=bioinformatics").waitFor(By.id("collection:description"));
        save(browser, "collection-owner");

        browser.get("containers/container.xhtml?ref=bioinformatics/samtools:latest");
        browser.click(By.id("container:openShareDialog"));
        browser.click(By.id("share:createShareLink"));
        browser.waitFor(By.id("share:shareLinkUrl"));
        save(browser, "share-dialog");

        browser.get("account/tokens.xhtml");
        browser.type(By.id("tokens:name"), "laptop");
        browser.click(By.id("tokens:create"));
        browser.waitFor(By.id("newSecret"));
        save(browser, "tokens");
    }

    @Test
    void whatAnAdminSees() {
        browser.signOut().signIn(TestUser.ROOT).get("admin/settings.xhtml");
        browser.type(By.id("settings:contactEmail"), "research-computing@hpc.example.org");
        browser.type(By.id("settings:helpLink"), "https://hpc.example.org/docs/containers");
        browser.click(By.id("settings:save"));
        browser.waitFor(By.id("settings:messages"));
        save(browser, "admin-settings");

        browser.get("admin/users.xhtml").waitForText(By.id("users:table"), ADA);
        save(browser, "admin-users");
        browser.get("admin/jobs.xhtml").waitFor(By.id("jobs"));
        save(browser, "admin-jobs");
    }

    private static void save(Browser browser, String name) {
        browser.screenshot(DOCS.resolve(name + ".png"));
    }
}
