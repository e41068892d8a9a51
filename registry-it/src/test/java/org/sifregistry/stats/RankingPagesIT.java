package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.star.application.StarService;
import org.sifregistry.stats.application.RankingService;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.TestUser;

/**
 * The labels, topic, sizes, stars and downloads pages and the home page's most pulled, over HTTP against the real
 * EAR: each shows what was seeded through the services of a second, in-container deployment, says so when there is
 * nothing to show, and shows a private collection's figures only to those who may see it.
 */
@ExtendWith(ArquillianExtension.class)
@DatabaseNeutral
@BlackBox
class RankingPagesIT {

    /** Where the EAR's web module answers (context root "/"), from inside the server too. */
    private static final URI REGISTRY = URI.create("http://127.0.0.1:8080/");
    private static final String LABEL_LINK = "href=\"/labels/label.xhtml?key=";
    private static final String TOPIC_LINK = "href=\"/topics/topic.xhtml?name=";

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment
    static WebArchive seeder() {
        return Deployments.services("ranking-pages-it", RankingPagesIT.class)
                .addClass(TestUser.class);
    }

    @Inject
    private Fixtures fixtures;

    @EJB
    private StarService stars;

    @EJB
    private RankingService rankings;

    @Test
    void labelPagesListTheKeysTheirValuesAndTheContainersOfEachValue() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        String key = Fixtures.unique("org.example.Build");
        byte[] image = Fixtures.unique("one image").getBytes(StandardCharsets.UTF_8);
        Container testing = fixtures.read(collection, "testing:v1", owner, image, Map.of(key, "same"), null);
        Container renamed = fixtures.read(collection, "renamed:v1", owner, image, Map.of(key, "same"), null);

        String labels = page("labels/index.xhtml?q=" + encode(key), null);
        assertTrue(labels.contains(LABEL_LINK + key + "\""), "the key links to its page");

        String label = page("labels/label.xhtml?key=" + encode(key), null);
        assertTrue(label.contains("id=\"labelKey\""));
        assertTrue(label.contains(containerLink(testing)) && label.contains(containerLink(renamed)),
                "each container of the value links to its page");
        assertTrue(label.contains("same image, several names"), "one image under two names is pointed out");

        String ofValue = page("labels/label.xhtml?key=" + encode(key) + "&value=same", null);
        assertTrue(ofValue.contains("Containers with the value"), "the containers of one value");
    }

    @Test
    void aLabelValueIsShownAsTextNeverAsMarkup() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        String key = Fixtures.unique("xss");
        fixtures.read(collection, "xss:v1", owner, Map.of(key, "<script>alert('label')</script>"), null);

        String label = page("labels/label.xhtml?key=" + encode(key), null);

        assertTrue(label.contains("&lt;script&gt;alert("), "escaped");
        assertFalse(label.contains("<script>alert("), "never a script element");
    }

    @Test
    void topicPagesListTheTopicsAndTheContainersOfEach() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        String topic = Fixtures.unique("topic");
        Container tagged = fixtures.read(collection, "tagged:v1", owner, Map.of(), topic);

        String topics = page("topics/index.xhtml?q=" + topic, null);
        assertTrue(topics.contains(TOPIC_LINK + topic + "\""), "the topic links to its page");
        assertTrue(topics.contains("(1 container)"), "with its count in words");

        String one = page("topics/topic.xhtml?name=" + topic, null);
        assertTrue(one.contains("id=\"topicName\""));
        assertTrue(one.contains(containerLink(tagged)));
    }

    @Test
    void sizesPageDrawsABarPerCollectionAndListsTheLargestContainers() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container container = fixtures.container(collection, "big:v1", owner);

        String sizes = page("stats/sizes.xhtml?q=" + collection, null);

        assertTrue(sizes.contains("id=\"sizes:collections\"") && sizes.contains("id=\"sizes:largest\""));
        assertTrue(sizes.contains(collectionLink(collection)));
        assertTrue(sizes.contains("size-bar-fill\" style=\"width: 100%\""), "the only collection is the largest");
        assertTrue(sizes.contains(containerLink(container)));
    }

    @Test
    void starsPageRanksTheStarredCollections() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        stars.star(collection, Fixtures.user());

        String ranking = page("stats/stars.xhtml?q=" + collection, null);

        assertTrue(ranking.contains("id=\"stars:table\""));
        assertTrue(ranking.contains(collectionLink(collection)));
    }

    @Test
    void downloadsPageChartsThePullsAndRanksContainersAndCollections() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container pulled = fixtures.container(collection, "pulled:v1", owner);
        fixtures.pulls(pulled, 3, Instant.now());

        String downloads = page("stats/downloads.xhtml?q=" + collection + "&days=7", null);

        assertTrue(downloads.contains("id=\"downloads:chart\""), "the chart of pulls per day");
        assertTrue(downloads.contains("[0,0,0,0,0,0,3]"), "seven days, today's three pulls last");
        assertTrue(downloads.contains("3 pulls in the last 7 days"), "the figures in words");
        assertTrue(downloads.contains(containerLink(pulled)));
        assertTrue(downloads.contains(collectionLink(collection)));
    }

    @Test
    void everyPageSaysWhenThereIsNothingToShow() throws Exception {
        String nothing = Fixtures.unique("nothing");

        Map<String, String> emptyStates = Map.of(
                "labels/index.xhtml?q=" + nothing, "No label key contains this text.",
                "labels/label.xhtml?key=" + nothing, "No container you may see carries this label.",
                "topics/index.xhtml?q=" + nothing, "No topic contains this text.",
                "topics/topic.xhtml?name=" + nothing, "No container you may see is tagged with this topic.",
                "stats/sizes.xhtml?q=" + nothing, "No collection holding containers or OCI content matches this name.",
                "stats/stars.xhtml?q=" + nothing, "No starred collection matches this name.",
                "stats/downloads.xhtml?q=" + nothing, "No pulled collection matches this name.");
        for (Map.Entry<String, String> page : emptyStates.entrySet()) {
            assertTrue(page(page.getKey(), null).contains(page.getValue()), page.getKey() + " says " + page.getValue());
        }
        assertTrue(page("stats/downloads.xhtml?q=" + nothing, null).contains("No pulls in the last 30 days."));
    }

    @Test
    void aPrivateCollectionShowsOnlyToItsOwnerAndAdmins() throws Exception {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName hidden = fixtures.collection(alice, true);
        String key = Fixtures.unique("private.key");
        String topic = Fixtures.unique("private-topic");
        Container container = fixtures.read(hidden, "hidden:v1", alice, Map.of(key, "value"), topic);
        stars.star(hidden, alice);
        fixtures.pulls(container, 2, Instant.now());
        List<String> pages = List.of("labels/index.xhtml?q=" + encode(key), "labels/label.xhtml?key=" + encode(key),
                "topics/index.xhtml?q=" + topic, "topics/topic.xhtml?name=" + topic, "stats/sizes.xhtml?q=" + hidden,
                "stats/stars.xhtml?q=" + hidden, "stats/downloads.xhtml?q=" + hidden);

        for (TestUser outsider : new TestUser[] {null, TestUser.BOB}) {
            for (String path : pages) {
                String page = page(path, outsider);
                assertFalse(page.contains(collectionLink(hidden)) || page.contains(containerLink(container))
                        || page.contains(LABEL_LINK) || page.contains(TOPIC_LINK),
                        (outsider == null ? "anonymous" : outsider) + " sees nothing of it on " + path);
            }
        }
        for (TestUser insider : new TestUser[] {TestUser.ALICE, TestUser.ROOT}) {
            assertTrue(page("labels/index.xhtml?q=" + encode(key), insider).contains(LABEL_LINK + key), insider + "");
            assertTrue(page("labels/label.xhtml?key=" + encode(key), insider).contains(containerLink(container)));
            assertTrue(page("topics/topic.xhtml?name=" + topic, insider).contains(containerLink(container)));
            assertTrue(page("stats/sizes.xhtml?q=" + hidden, insider).contains(collectionLink(hidden)));
            assertTrue(page("stats/stars.xhtml?q=" + hidden, insider).contains(collectionLink(hidden)));
            assertTrue(page("stats/downloads.xhtml?q=" + hidden, insider).contains(containerLink(container)));
        }
    }

    @Test
    void homePageListsTheMostPulledContainersTheVisitorMaySee() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName shown = fixtures.collection(owner, false);
        CollectionName hidden = fixtures.collection(owner, true);
        Container popular = fixtures.container(shown, "popular:v1", owner);
        Container secret = fixtures.container(hidden, "secret:v1", owner);
        long top = rankings.mostPulledContainers("", PageRequest.first(1), Caller.admin("root")).stream()
                .mapToLong(ContainerListing::downloadCount).findFirst().orElse(0);
        fixtures.pulls(popular, (int) top + 1, Instant.now());
        fixtures.pulls(secret, (int) top + 2, Instant.now());

        String home = page("", null);

        assertTrue(home.contains("id=\"mostPulled\""));
        assertTrue(home.contains(containerLink(popular)), "the most pulled container anyone may see");
        assertFalse(home.contains(secret.ref().toString()), "a private container, however popular");
    }

    private String page(String path, TestUser user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(REGISTRY.resolve(path)).GET();
        if (user != null) {
            String credentials = user.username() + ":" + user.password();
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String containerLink(Container container) {
        return "href=\"/containers/container.xhtml?ref=" + container.ref() + "\"";
    }

    private static String collectionLink(CollectionName collection) {
        return "href=\"/collections/collection.xhtml?name=" + collection + "\"";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
