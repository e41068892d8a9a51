package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sifregistry.testing.BrowserTest;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Browser;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The labels, topics and statistics pages in a real browser, over a real image pushed, read by the parse-image job
 * and pulled: searches answer as you type, the chart of pulls follows the chosen period, and a phone needs no
 * sideways scrolling. The pages are saved as the screenshots the README shows.
 */
@RunAsClient
class StatsBrowserIT extends BrowserTest {

    private static final Duration READ_AND_COUNTED_WITHIN = Duration.ofSeconds(60);
    private static final int PULLS = 3;

    private static Image image;

    private final Api api = new Api();

    /** The image the tests look at, and the value of its {@code org.example.note} label. */
    private record Image(Pushed pushed, String note) {

        String ref() {
            return pushed.collection() + "/" + pushed.container() + ":v1";
        }
    }

    @Test
    void labelsAreSearchedAsYouTypeAndLeadToTheContainersThatCarryThem() {
        Image pulled = readAndPulled();
        browser.get("labels/index.xhtml");

        browser.type(By.id("labels:search"), "example.no");

        awaitAllInPage("#labels\\\\:table a.label-key", "example.no", "the other keys to be filtered out");
        assertTrue(browser.find(By.id("labels:table")).getText().contains("org.example.note"));
        browser.screenshot("labels");

        browser.click(By.linkText("org.example.note"));
        assertEquals("org.example.note", browser.waitFor(By.id("labelKey")).getText());
        browser.get("labels/label.xhtml?key=org.example.note&value=" + pulled.note());
        assertTrue(browser.waitFor(By.id("label:carriers")).getText().contains(pulled.ref()));
        browser.screenshot("label");
    }

    @Test
    void theOperatingSystemIsATopicThatLeadsToItsContainers() {
        readAndPulled();
        browser.get("topics/index.xhtml");

        browser.type(By.id("topics:search"), "alp");
        awaitAllInPage("#topics\\\\:cloud .topic-name", "alp", "the other topics to be filtered out");
        browser.screenshot("topics");

        browser.click(By.cssSelector("#topics\\:cloud a.topic[href$='name=alpine']"));
        assertEquals("alpine", browser.waitFor(By.id("topicName")).getText());
        assertFalse(browser.all(By.cssSelector("#topic\\:containers a.container-ref")).isEmpty());
    }

    @Test
    void theChartOfPullsFollowsTheChosenPeriod() {
        Image pulled = readAndPulled();
        browser.get("stats/downloads.xhtml?q=" + pulled.pushed().collection());

        browser.waitFor(By.cssSelector("#downloads\\:chart canvas"));
        assertEquals(30L, chartDays());
        assertEquals((long) PULLS, browser.script(
                "var data = Chart.getChart(document.querySelector('#downloads\\\\:chart canvas')).data;"
                        + " return data.datasets[0].data[data.labels.length - 1];"), "today's pulls, last");
        assertTrue(browser.find(By.id("downloads:containers")).getText().contains(pulled.ref()));
        browser.screenshot("downloads");

        new Select(browser.find(By.id("downloads:days"))).selectByValue("7");

        Eventually.await(Duration.ofSeconds(10), StatsBrowserIT::chartDays, days -> days == 7L, "a week's chart");
    }

    @Test
    void sizesShowABarPerCollectionAndFitAPhone() {
        Image pulled = readAndPulled();
        browser.get("stats/sizes.xhtml?q=" + pulled.pushed().collection());

        assertTrue(browser.waitFor(By.id("sizes:collections")).getText().contains(pulled.pushed().collection()));
        assertTrue(browser.find(By.id("sizes:largest")).getText().contains(pulled.ref()));
        browser.screenshot("sizes");

        try (Browser phone = Browser.phone()) {
            for (String page : new String[] {"stats/sizes.xhtml", "stats/downloads.xhtml", "labels/index.xhtml",
                    "topics/index.xhtml", "stats/stars.xhtml"}) {
                phone.get(page + "?q=" + pulled.pushed().collection());
                Number screen = (Number) phone.script("return window.innerWidth;");
                Number width = (Number) phone.script("return document.documentElement.scrollWidth;");
                assertTrue(width.intValue() <= screen.intValue(), page + " is " + width + "px wide on a "
                        + screen + "px phone");
            }
            phone.get("stats/downloads.xhtml?q=" + pulled.pushed().collection());
            phone.screenshot("downloads-phone");
        }
    }

    @Test
    void starsAreRanked() {
        String prefix = Names.unique("ranked");
        String once = prefix + "-a";
        String thrice = prefix + "-b";
        String twice = prefix + "-c";
        LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());
        push.entity(TestUser.ALICE.username());
        for (String collection : List.of(once, thrice, twice)) {
            push.collection(TestUser.ALICE.username(), collection, false);
        }
        // Neither the order they were made in nor their names' order is the ranking
        star(TestUser.BOB, 1, once, thrice, twice);
        star(TestUser.CAROL, 2, thrice, twice);
        star(TestUser.DAVE, 3, thrice);

        browser.signOut().get("stats/stars.xhtml?q=" + prefix);

        browser.waitFor(By.id("stars:table"));
        assertEquals(List.of(thrice, twice, once), texts("#stars\\:table a.collection-name"));
        assertEquals(List.of("3", "2", "1"), texts("#stars\\:table .star-count"));
        assertEquals(List.of("1", "2", "3"), texts("#stars\\:table td.rank"));
        browser.screenshot("stars");
    }

    /** Stars the collections as {@code user} on their pages, where it makes the {@code nth} star of each. */
    private static void star(TestUser user, int nth, String... collections) {
        browser.signOut().signIn(user);
        for (String collection : collections) {
            browser.get("collections/collection.xhtml?name=" + collection);
            browser.click(By.id("collection:starToggle"));
            browser.waitForText(By.id("collection:starCount"), nth + " star");
        }
    }

    private static List<String> texts(String selector) {
        return browser.all(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    /**
     * Waits until there are elements matching {@code selector} and all contain {@code text}. A script reads them at
     * one instant, where elements found one call before the next could be replaced by ajax in between.
     */
    private static void awaitAllInPage(String selector, String text, String what) {
        String test = "var all = Array.from(document.querySelectorAll('" + selector + "'));"
                + " return all.length > 0 && all.every(e => e.textContent.includes('" + text + "'));";
        Eventually.await(Duration.ofSeconds(10), () -> browser.script(test), Boolean.TRUE::equals, what);
    }

    private static long chartDays() {
        return (Long) browser.script("var canvas = document.querySelector('#downloads\\\\:chart canvas');"
                + " return canvas && Chart.getChart(canvas) ? Chart.getChart(canvas).data.labels.length : -1;");
    }

    /** One public image of alice's, pushed once for all tests, read by the parse-image job and pulled. */
    private synchronized Image readAndPulled() {
        if (image == null) {
            String note = Names.unique("stats-note");
            Pushed pushed = new LibraryPush(api, TestUser.ALICE.pushToken()).push(Tools.sif(4096, note),
                    TestUser.ALICE.username(), Names.unique("stats"), "charted", "v1");
            Image made = new Image(pushed, note);
            for (int i = 0; i < PULLS; i++) {
                String url = api.get("api/container/" + made.ref()).expect(200).json().getString("image");
                api.getFollowingRedirects(url).expect(200);
            }
            awaitPage("labels/label.xhtml?key=org.example.note&value=" + note, made.ref(), "the labels to be read");
            // Pulls are counted in batches: the page may show the container before the last of them is counted
            Eventually.await(READ_AND_COUNTED_WITHIN, () -> api.get("v1/containers/" + pushed.ref(),
                            TestUser.ALICE.pullToken()).expect(200).data().getJsonNumber("downloadCount").longValue(),
                    count -> count >= PULLS, "all " + PULLS + " pulls to be counted");
            image = made;
        }
        return image;
    }

    private void awaitPage(String path, String text, String what) {
        Eventually.await(READ_AND_COUNTED_WITHIN, () -> api.get(path).expect(200).text().contains(text),
                shown -> shown, what);
    }
}
