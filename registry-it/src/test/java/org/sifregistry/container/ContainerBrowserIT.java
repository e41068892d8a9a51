package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.sifregistry.testing.BrowserTest;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The container page in a real browser, on images pushed with the library protocol: topic tags saved as you type,
 * share links that work signed out until revoked, and labels from the image shown as text, never run as markup.
 */
@RunAsClient
class ContainerBrowserIT extends BrowserTest {

    private static final String SCRIPT_LABEL = "<script>alert(1)</script>";
    private static final Duration PARSED = Duration.ofSeconds(30);


    private final Api api = new Api();

    @Test
    void theOwnerAddsAndRemovesATopicTagAsTheyType() {
        Pushed pushed = push(Tools.sif(4096, "topics"), "topics");
        browser.signOut().signIn(TestUser.ALICE).get(page(pushed));

        browser.type(By.id("container:topicInput_input"), "genomics");
        browser.find(By.id("container:topicInput_input")).sendKeys(Keys.ENTER);
        Eventually.await(PARSED, () -> topics(pushed), topics -> topics.contains("genomics"),
                "the typed topic is saved");

        browser.get(page(pushed));
        browser.waitForText(By.id("container:topics"), "genomics");
        browser.screenshot("container");
        // The image's operating system is a topic too (alpine): remove the one typed, not the first
        browser.click(By.xpath("//*[@id='container:topicInput']//li[contains(., 'genomics')]"
                + "//*[contains(@class, 'ui-chips-token-icon')]"));
        Eventually.await(PARSED, () -> topics(pushed), topics -> !topics.contains("genomics"),
                "the removed topic is gone");
    }

    @Test
    void aShareLinkDownloadsSignedOutUntilItIsRevoked() {
        Path image = Tools.sif(4096, "shared");
        Pushed pushed = push(image, "share");
        browser.signOut().signIn(TestUser.ALICE).get(page(pushed));

        browser.click(By.id("container:openShareDialog"));
        browser.click(By.id("share:createShareLink"));
        String link = browser.waitFor(By.id("share:shareLinkUrl")).getAttribute("value");
        browser.screenshot("share-dialog");

        Reply download = api.get(link);
        assertEquals(200, download.status(), "a share link needs no sign-in");
        assertEquals(Api.sha256(image), Api.sha256(download.body()));

        browser.click(By.cssSelector("[id$=revokeShareLink]"));
        Eventually.await(PARSED, () -> api.get(link).status(), status -> status >= 400 && status < 500,
                "the revoked link is refused");
    }

    @Test
    void aLabelWithAScriptTagIsShownAsText() {
        Pushed pushed = push(Tools.sif(4096, SCRIPT_LABEL), "xss");
        Eventually.await(PARSED, () -> api.get("api/container/" + pushed.collection() + "/" + pushed.container()
                + ":v1").json().getJsonObject("metadata").getString("parseStatus"), "PARSED"::equals,
                "the image's header is read");

        browser.signOut().get(page(pushed));

        String labels = browser.waitFor(By.id("container:labels")).getText();
        assertTrue(labels.contains(SCRIPT_LABEL), "the label's value is shown as text: " + labels);
        assertFalse(browser.source().contains(SCRIPT_LABEL), "the label never reaches the page as markup");
        assertFalse(browser.hasAlert(), "no script of the image ran");
    }

    private Pushed push(Path image, String prefix) {
        return new LibraryPush(api, TestUser.ALICE.pushToken()).push(image, TestUser.ALICE.username(),
                Names.unique(prefix), "tool", "v1");
    }

    private static String page(Pushed pushed) {
        return "containers/container.xhtml?ref=" + pushed.collection() + "/" + pushed.container() + ":v1";
    }

    private List<String> topics(Pushed pushed) {
        return api.get("api/container/" + pushed.collection() + "/" + pushed.container() + ":v1").expect(200).json()
                .getJsonObject("metadata").getJsonArray("topics").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
