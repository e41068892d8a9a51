package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ParseStatus;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The collection and container pages over HTTP, as a browser reads them, with data made through the services of the
 * deployed EAR: what visitors, strangers and owners see, 404 for what they may not see, and untrusted image metadata
 * shown as text.
 */
@ExtendWith(ArquillianExtension.class)
class BrowsePagesIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Duration PARSED_WITHIN = Duration.ofSeconds(60);

    private final Api api = new Api();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("browse-pages-it", BrowsePagesIT.class)
                .addClasses(Api.class, Reply.class, Names.class, TestUser.class)
                .addAsResource(Tools.sif(16 * 1024, SCRIPT).toFile(), "images/script-label.sif"));
    }

    @EJB
    private CollectionService collections;

    @EJB
    private ContainerService containers;

    @Inject
    private Fixtures fixtures;

    @Test
    void theCollectionPageShowsItsContainersByNameWithALinkToEachTag() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        collections.describe(collection, "Rocks & minerals", false, owner);
        for (String ref : new String[] {"rocks:v1", "rocks:v2", "stones:latest"}) {
            fixtures.container(collection, ref, owner);
        }

        String page = get(collectionPage(collection), null).expect(200).text();

        assertTrue(page.contains("<h1 id=\"collectionName\">" + collection), "the collection's name as heading");
        assertTrue(page.contains("Rocks &amp; minerals"), "the description, escaped");
        assertTrue(page.contains("container-name\">rocks<"), "the container name rocks");
        assertTrue(page.contains("container-name\">stones<"), "the container name stones");
        for (String ref : new String[] {"rocks:v1", "rocks:v2", "stones:latest"}) {
            assertTrue(page.contains(containerLink(collection + "/" + ref)), "a link to " + ref);
        }
        assertTrue(page.contains("id=\"collection:starCount\""), "the star count");
        assertFalse(page.contains("id=\"collection:manage\""), "nothing to manage for a visitor");
        assertFalse(page.contains("id=\"collection:starToggle\""), "a visitor signs in to star");
    }

    @Test
    void ownersSeeWhatTheyManageAndSignedInVisitorsTheStarToggle() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName collection = fixtures.collection(alice, false);
        collections.addContributor(collection, "carol", alice);
        fixtures.container(collection, "rocks:v1", alice);

        String ownerPage = get(collectionPage(collection), TestUser.ALICE).expect(200).text();
        String visitorPage = get(collectionPage(collection), TestUser.BOB).expect(200).text();

        assertTrue(ownerPage.contains("id=\"collection:manage\""));
        assertTrue(ownerPage.contains("id=\"collection:description\""));
        assertTrue(ownerPage.contains("id=\"collection:deleteCollection\""));
        assertTrue(ownerPage.contains("member-name\">carol<"), "the contributor, with a remove button");
        assertTrue(ownerPage.contains("id=\"collection:contributors:0:removeContributor\""));
        assertTrue(visitorPage.contains("id=\"collection:starToggle\""));
        assertFalse(visitorPage.contains("id=\"collection:manage\""));
    }

    @Test
    void aPrivateCollectionIsNotFoundForThoseWhoMayNotSeeIt() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName hidden = fixtures.collection(alice, true);

        Reply anonymous = get(collectionPage(hidden), null);
        Reply stranger = get(collectionPage(hidden), TestUser.BOB);

        assertEquals(404, anonymous.status());
        assertEquals(404, stranger.status());
        assertFalse(anonymous.text().contains(hidden.value()), "the name is not revealed");
        assertTrue(anonymous.text().contains("Not found"), "the registry's 404 page");
        get(collectionPage(hidden), TestUser.ALICE).expect(200);
        get(collectionPage(hidden), TestUser.ROOT).expect(200);
    }

    @Test
    void unknownAndMisspelledCollectionsAreNotFound() {
        assertEquals(404, get("collections/collection.xhtml?name=" + Fixtures.unique("missing"), null).status());
        assertEquals(404, get("collections/collection.xhtml?name=No_Such%21", null).status());
        assertEquals(404, get("collections/collection.xhtml", null).status());
    }

    @Test
    void anEmptyCollectionShowsItsOwnerHowToPushTheFirstImage() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName empty = fixtures.collection(alice, false);

        String ownerPage = get(collectionPage(empty), TestUser.ALICE).expect(200).text();
        String visitorPage = get(collectionPage(empty), null).expect(200).text();

        assertTrue(ownerPage.contains("id=\"pushCommand\""));
        assertTrue(ownerPage.contains("apptainer push"));
        assertTrue(ownerPage.contains("/alice/" + empty + "/&lt;name&gt;:&lt;tag&gt;"), "entity, collection, name");
        assertTrue(visitorPage.contains("This collection has no containers yet."));
        assertFalse(visitorPage.contains("id=\"pushCommand\""));
    }

    @Test
    void theContainerPageShowsPullCommandsAndWhatWasReadFromTheImageAsText() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName collection = fixtures.collection(alice, false);
        ContainerRef ref = fixtures.container(collection, "script:v1", alice, image("script-label.sif")).ref();
        ContainerDetails parsed = Eventually.await(PARSED_WITHIN, () -> containers.details(ref, alice),
                details -> details.parseStatus() != ParseStatus.PENDING, ref + " to be read");
        assertEquals(ParseStatus.PARSED, parsed.parseStatus());
        assertEquals(SCRIPT, parsed.labels().get("org.example.note"), "the label as pushed");

        String page = get(containerPage(ref), null).expect(200).text();

        assertTrue(page.contains("id=\"pullShubUnavailable\""), "no shub command: the test server has a port");
        assertTrue(page.contains("shub pulls need the registry on port 80 or 443"));
        assertTrue(page.contains("id=\"pullLibrary\""));
        assertTrue(page.contains("library://"));
        assertTrue(page.contains("/" + collection + "/script:v1</code>"), "the ref in the pull commands");
        assertTrue(page.contains(parsed.version()), "the version");
        assertTrue(page.contains("org.example.maintainer"), "the labels table");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the label's value, escaped");
        assertFalse(page.contains(SCRIPT), "never the raw script tag");
        assertTrue(page.contains("id=\"definitionFile\""), "the definition file");
        assertTrue(page.contains("From: alpine:3.19"));
        assertTrue(page.contains("topic-link\">alpine</"), "the operating system's topic");
        assertFalse(page.contains("id=\"container:freezeToggle\""), "nothing to manage for a visitor");
        assertFalse(page.contains("id=\"shareDialog\""));
    }

    @Test
    void ownersFindTheFreezeToggleShareDialogAndDeleteOnTheContainerPage() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName collection = fixtures.collection(alice, false);
        ContainerRef ref = fixtures.container(collection, "managed:v1", alice).ref();
        fixtures.container(collection, "managed:v2", alice);

        String page = get(containerPage(ref), TestUser.ALICE).expect(200).text();

        assertTrue(page.contains("id=\"container:freezeToggle\""));
        assertTrue(page.contains("id=\"container:deleteContainer\""));
        assertTrue(page.contains("id=\"shareDialog\""));
        assertTrue(page.contains("id=\"share:createShareLink\""));
        assertTrue(page.contains("id=\"container:topicInput\""), "owners edit topic tags");
        assertTrue(page.contains(containerLink(collection + "/managed:v2")), "the other tag, linked");
    }

    @Test
    void contributorsEditTopicTagsButManageNothingElse() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName collection = fixtures.collection(alice, false);
        collections.addContributor(collection, TestUser.CAROL.username(), alice);
        ContainerRef ref = fixtures.container(collection, "shared:v1", alice).ref();

        String page = get(containerPage(ref), TestUser.CAROL).expect(200).text();

        assertTrue(page.contains("id=\"container:topicInput\""));
        assertFalse(page.contains("id=\"container:freezeToggle\""));
    }

    @Test
    void unknownInvisibleAndMalformedContainerRefsAreNotFound() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        ContainerRef hidden = fixtures.container(fixtures.collection(alice, true), "hidden:v1", alice).ref();

        assertEquals(404, get(containerPage(hidden), null).status());
        assertEquals(404, get(containerPage(hidden), TestUser.BOB).status());
        get(containerPage(hidden), TestUser.ALICE).expect(200);
        assertEquals(404, get(containerPage(ContainerRef.parse(Fixtures.unique("none") + "/x:y")), null).status());
        assertEquals(404, get("containers/container.xhtml?ref=" + encode("no slash here"), null).status());
    }

    @Test
    void theCollectionsListLinksToCollectionPagesAndFiltersForSignedInUsers() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName collection = fixtures.collection(alice, false);

        String anonymous = get("collections/index.xhtml?q=" + collection, null).expect(200).text();
        String signedIn = get("collections/index.xhtml?q=" + collection + "&scope=MINE", TestUser.ALICE)
                .expect(200).text();
        String someoneElse = get("collections/index.xhtml?q=" + collection + "&scope=MINE", TestUser.BOB)
                .expect(200).text();

        assertTrue(anonymous.contains("collections/collection.xhtml?name=" + collection), "a link to its page");
        assertFalse(anonymous.contains("id=\"collections:scope\""), "filters are for signed-in users");
        assertTrue(signedIn.contains("id=\"collections:scope\""));
        assertTrue(signedIn.contains("collection-name\">" + collection), "alice's own collection");
        assertFalse(someoneElse.contains("collection-name\">" + collection), "not bob's");
    }

    @Test
    void theHomePageLinksTheNewestContainersToTheirPages() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, false), "fresh:v1", owner).ref();

        String home = get("", null).expect(200).text();

        assertTrue(home.contains(containerLink(ref.toString())), "the newest container, linked");
    }

    private Reply get(String path, TestUser user) {
        var request = Api.request(path);
        if (user != null) {
            request.header("Authorization", user.basicAuthorization());
        }
        return api.send(request.GET());
    }

    private static String collectionPage(CollectionName name) {
        return "collections/collection.xhtml?name=" + name;
    }

    private static String containerPage(ContainerRef ref) {
        return "containers/container.xhtml?ref=" + encode(ref.toString());
    }

    /** How Faces writes a link to the container page into the HTML. */
    private static String containerLink(String ref) {
        return "containers/container.xhtml?ref=" + encode(ref) + "\"";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] image(String name) {
        try (InputStream in = BrowsePagesIT.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
