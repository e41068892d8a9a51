package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;

/**
 * What the central index of Singularity registries reads of this one, as the original registry answers it
 * (ha-ops.md §4): its identity, and its public collections with their containers, from any origin; and the
 * registry file an admin submits to the index.
 */
@ExtendWith(ArquillianExtension.class)
class CentralIndexIT {

    private static final String ANY_ORIGIN = "Access-Control-Allow-Origin";
    /** Enough pages for every collection the suite makes. */
    private static final int MAX_PAGES = 1000;

    private final Api api = new Api();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("central-index-it", CentralIndexIT.class)
                .addClasses(Api.class, Reply.class, Names.class, TestUser.class));
    }

    @Inject
    private Fixtures fixtures;

    @Test
    void theIdentityNamesTheRegistryForAnyOrigin() {
        Reply identity = api.get("api/registry/identity").expect(200);
        Reply withSlash = api.get("api/registry/identity/").expect(200);

        JsonObject json = identity.json();
        assertEquals(List.of("name", "id", "url"), List.copyOf(json.keySet()), "the original's fields, in order");
        assertTrue(json.getString("id").matches("[a-z0-9]{1,12}"), json.toString());
        assertFalse(json.getString("name").isBlank());
        assertTrue(json.getString("url").startsWith("http"), json.toString());
        assertEquals("*", identity.header(ANY_ORIGIN));
        assertEquals(json, withSlash.json());
    }

    @Test
    void theCollectionsListPublicOnesWithTheirContainersPageByPage() {
        Caller owner = Fixtures.user();
        CollectionName shown = fixtures.collection(owner, false);
        CollectionName hidden = fixtures.collection(owner, true);
        fixtures.container(shown, "rocks:v1", owner);
        fixtures.container(shown, "stones:v1", owner);
        fixtures.container(hidden, "secret:v1", owner);

        List<JsonObject> listed = new ArrayList<>();
        String next = "api/collections/?format=json&page=1";
        for (int page = 1; next != null && page <= MAX_PAGES; page++) {
            Reply reply = api.get(next).expect(200);
            assertEquals("*", reply.header(ANY_ORIGIN));
            JsonObject json = reply.json();
            listed.addAll(json.getJsonArray("results").getValuesAs(JsonObject.class));
            next = json.containsKey("next") ? json.getString("next") : null;
            if (page == 1) {
                assertTrue(json.getJsonNumber("count").longValue() >= 1);
                assertFalse(json.containsKey("previous"), "the first page has none before it");
            }
        }

        JsonObject mine = listed.stream().filter(c -> c.getString("name").equals(shown.value())).findFirst()
                .orElseThrow(() -> new AssertionError(shown + " is public and listed"));
        List<JsonObject> containers = mine.getJsonArray("containers").getValuesAs(JsonObject.class);
        assertEquals(List.of(shown + "/rocks:v1", shown + "/stones:v1"),
                containers.stream().map(k -> k.getString("uri")).toList());
        assertEquals(List.of("rocks", "stones"), containers.stream().map(k -> k.getString("name")).toList());
        assertTrue(containers.get(0).getString("detail").endsWith("containers/container.xhtml?ref=" + shown
                + "%2Frocks%3Av1"), containers.get(0).toString());
        assertTrue(listed.stream().noneMatch(c -> c.getString("name").equals(hidden.value())), "never a private one");
    }

    @Test
    void adminsDownloadTheRegistryFileOthersMayNot() {
        JsonObject identity = api.get("api/registry/identity").expect(200).json();

        Reply file = api.send(Api.request("api/registry/index-file")
                .header("Authorization", TestUser.ROOT.basicAuthorization()).GET()).expect(200);

        assertEquals("attachment; filename=\"" + identity.getString("id") + "-registry.md\"",
                file.header("Content-Disposition"));
        String text = file.text();
        assertTrue(text.startsWith("---\nlayout: registry\n"), text);
        assertTrue(text.contains("\nbase: " + identity.getString("url") + "\n"), text);
        assertTrue(text.contains("\ntagged: " + identity.getString("id") + "\n"), text);
        assertTrue(text.contains("\nauthor: " + TestUser.ROOT.username() + "\n"), text);
        api.send(Api.request("api/registry/index-file")
                .header("Authorization", TestUser.ALICE.basicAuthorization()).GET()).expect(403);
        api.get("api/registry/index-file").expect(401);
    }
}
