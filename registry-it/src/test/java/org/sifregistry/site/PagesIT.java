package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.TestUser;

/**
 * The real EAR over HTTP: the home and collections pages answer with real content. Data is made through the
 * services of a second, in-container deployment; the pages are then read as a browser would, over the network.
 */
@ExtendWith(ArquillianExtension.class)
@DatabaseNeutral
@BlackBox
class PagesIT {

    /** Where the EAR's web module answers (context root "/"), from the tests and from inside the server alike. */
    private static final URI REGISTRY = URI.create("http://127.0.0.1:8080/");

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment
    static WebArchive seeder() {
        return Deployments.services("pages-it", PagesIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Test
    @RunAsClient
    void homePageShowsTheRegistryNameCountsAndSearch() throws Exception {
        HttpResponse<String> home = get(REGISTRY);

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<h1>SIF Registry</h1>"), "the registry's name from the settings");
        assertTrue(home.body().contains("id=\"collectionCount\""));
        assertTrue(home.body().contains("id=\"containerCount\""));
        assertTrue(home.body().contains("role=\"search\""));
    }

    @Test
    void collectionsPageListsPublicCollectionsInALazyTable() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName shown = fixtures.collection(owner, false);
        fixtures.container(shown, "rocks:latest", owner);

        HttpResponse<String> page = get(REGISTRY.resolve("collections/index.xhtml?q=" + shown));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("ui-datatable"), "PrimeFaces rendered the table");
        assertTrue(page.body().contains("collection-name\">" + shown), "the collection is a row of the table");
    }

    @Test
    void privateCollectionsAreNotListedToAnonymousVisitors() throws Exception {
        CollectionName hidden = fixtures.collection(Fixtures.user(), true);

        HttpResponse<String> page = get(REGISTRY.resolve("collections/index.xhtml?q=" + hidden));

        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("collection-name\">" + hidden), "not a row of the table");
        assertTrue(page.body().contains("No collections match."));
    }

    @Test
    void homePageShowsNewestPublicContainers() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        String ref = fixtures.container(collection, "newest:v1", owner).ref().toString();

        HttpResponse<String> home = get(REGISTRY);

        assertTrue(home.body().contains(ref), "the newest container " + ref + " is on the home page");
    }

    @Test
    @RunAsClient
    void unknownPagesAnswer404WithThePageInTheRegistryStyle() throws Exception {
        HttpResponse<String> missing = get(REGISTRY.resolve("no-such-page.xhtml"));

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Not found"));
    }

    @Test
    @RunAsClient
    void errorPagesStartNoSessionForACallerWithoutOne() {
        BrowserSession visitor = BrowserSession.anonymous();

        Page missing = visitor.get("no-such-page");
        Page expired = visitor.post(REGISTRY.resolve("index.xhtml"), Map.of("jakarta.faces.ViewState", "gone"));

        assertTrue(missing.contains("Not found"), missing.body());
        assertTrue(expired.contains("Page expired"), expired.body());
        assertEquals(Optional.empty(), visitor.cookie("JSESSIONID"));
    }

    @Test
    @RunAsClient
    void aSignedInCallersErrorPageStillSignsOut() {
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);

        Page missing = alice.get("no-such-page");
        Page signedOut = alice.submit(missing, "signOut", Map.of(), "signOut:signOutLink");

        assertEquals(404, missing.status());
        assertTrue(signedOut.contains("Sign in"), signedOut.body());
        assertFalse(alice.get("account/index.xhtml").contains("Sign out"), "signed out");
    }

    @Test
    @RunAsClient
    void anErrorPageAskedForDirectlyIsNotFound() {
        Page direct = BrowserSession.anonymous().get("errors/403.xhtml");

        assertEquals(404, direct.status());
        assertTrue(direct.contains("Not found"), direct.body());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
