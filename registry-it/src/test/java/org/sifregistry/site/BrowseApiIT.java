package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The read-only browse API under {@code /api/browse/}: what the pages show, paged, with the pages' access rules (a
 * private collection is never listed, counted or found by anyone without a part in it), and an ETag on every GET
 * that a conditional GET turns into a 304.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class BrowseApiIT {

    private static final Duration PARSED_WITHIN = Duration.ofSeconds(60);
    private static final String ALICE = TestUser.ALICE.username();

    private static final Api API = new Api();
    /** One word in every name and label this class makes, so that searches find only them. */
    private static final String MARK = Names.unique("browse");
    private static final String OPEN = MARK + "-open";
    private static final String HIDDEN = MARK + "-hidden";

    /**
     * Alice's public and private collection, each with one parsed image labelled with the mark and a topic named
     * after the collection.
     */
    @BeforeAll
    static void pushAPublicAndAPrivateImage() {
        LibraryPush alice = new LibraryPush(API, TestUser.ALICE.pushToken());
        alice.entity(ALICE);
        alice.collection(ALICE, OPEN, false);
        alice.collection(ALICE, HIDDEN, true);
        alice.push(Tools.sif(4096, MARK + " open"), ALICE, OPEN, "tool", "v1");
        alice.push(Tools.sif(4096, MARK + " hidden"), ALICE, HIDDEN, "tool", "v1");
        for (String collection : List.of(OPEN, HIDDEN)) {
            API.put("api/containers/" + collection + "/tool:v1/topics/" + collection, TestUser.ALICE.pushToken(),
                    Api.object().build()).expect(200);
            Eventually.await(PARSED_WITHIN,
                    () -> API.get("api/browse/containers/" + collection + "/tool:v1", TestUser.ALICE.pullToken())
                            .expect(200).json().getString("parseStatus"),
                    "PARSED"::equals, collection + "'s image to be read");
        }
    }

    @Test
    void listsTheCollectionsTheCallerMaySeeWithTheirTotal() {
        JsonObject anonymous = API.get("api/browse/collections?search=" + MARK).expect(200).json();
        JsonObject owner = API.get("api/browse/collections?search=" + MARK, TestUser.ALICE.pullToken()).expect(200)
                .json();

        assertEquals(List.of(OPEN), names(anonymous.getJsonArray("items"), "name"));
        assertEquals(1, anonymous.getInt("total"));
        assertEquals(List.of(HIDDEN, OPEN), names(owner.getJsonArray("items"), "name"));
        assertEquals(2, owner.getInt("total"));
        assertEquals(List.of(OPEN), names(API.get("api/browse/collections?search=" + MARK,
                TestUser.BOB.pullToken()).expect(200).json().getJsonArray("items"), "name"), "bob has no part in it");
    }

    @Test
    void pagesWithOffsetAndLimitAndSaysWhatItCannotPage() {
        JsonObject second = API.get("api/browse/collections?search=" + MARK + "&offset=1&limit=1",
                TestUser.ALICE.pullToken()).expect(200).json();

        assertEquals(List.of(OPEN), names(second.getJsonArray("items"), "name"));
        assertEquals(2, second.getInt("total"));
        assertEquals(1, second.getInt("offset"));
        assertEquals(1, second.getInt("limit"));
        assertTrue(API.get("api/browse/collections?limit=500").expectError(400).contains("200"));
        assertTrue(API.get("api/browse/collections?sort=size").expectError(400).contains("downloads"));
    }

    @Test
    void aPrivateCollectionIsFoundByNoOneWithoutAPartInIt() {
        for (String path : List.of("collections/" + HIDDEN, "collections/" + HIDDEN + "/containers",
                "containers/" + HIDDEN + "/tool:v1")) {
            API.get("api/browse/" + path).expectError(404);
            API.get("api/browse/" + path, TestUser.BOB.pullToken()).expectError(404);
            API.get("api/browse/" + path, TestUser.ALICE.pullToken()).expect(200);
        }
    }

    @Test
    void describesACollectionAndTheContainersInIt() {
        JsonObject collection = API.get("api/browse/collections/" + OPEN).expect(200).json();
        JsonObject containers = API.get("api/browse/collections/" + OPEN + "/containers").expect(200).json();

        assertEquals(List.of(ALICE), names(collection.getJsonArray("owners"), null));
        assertEquals(1, collection.getInt("containerCount"));
        assertEquals(1, containers.getInt("total"));
        JsonObject tool = containers.getJsonArray("items").getJsonObject(0);
        assertEquals("tool", tool.getString("name"));
        assertEquals(List.of("v1"), names(tool.getJsonArray("tags"), "tag"));
    }

    @Test
    void describesAContainerWithWhatWasReadFromItsImage() {
        JsonObject tool = API.get("api/browse/containers/" + OPEN + "/tool:v1").expect(200).json();

        assertEquals(MARK + " open", tool.getJsonObject("labels").getString("org.example.note"));
        assertTrue(tool.getJsonNumber("size").longValue() > 4096, tool.toString());
        assertTrue(tool.getString("version").startsWith("sha256."), tool.toString());
        assertTrue(names(tool.getJsonArray("topics"), null).contains(OPEN), tool.toString());
    }

    @Test
    void labelsTopicsAndSearchShowOnlyWhatTheCallerMaySee() {
        // Every test image carries this key, each with its own value: too many to look for one among them
        assertTrue(API.get("api/browse/labels/org.example.note").expect(200).json().getInt("total") > 0);
        assertTrue(names(API.get("api/browse/labels?search=org.example").expect(200).json().getJsonArray("items"),
                "key").contains("org.example.note"));
        assertEquals(List.of(OPEN + "/tool:v1"), names(API.get("api/browse/labels/org.example.note/"
                + (MARK + " open").replace(" ", "%20")).expect(200).json().getJsonArray("items"), "container.ref"));
        assertEquals(List.of(), names(API.get("api/browse/labels/org.example.note/"
                + (MARK + " hidden").replace(" ", "%20")).expect(200).json().getJsonArray("items"), "container.ref"));
        assertEquals(List.of(OPEN), names(API.get("api/browse/topics?search=" + MARK).expect(200).json()
                .getJsonArray("items"), "name"));
        assertEquals(0, API.get("api/browse/topics/" + HIDDEN).expect(200).json().getInt("total"));
        assertEquals(List.of(OPEN + "/tool:v1"), names(API.get("api/browse/topics/" + OPEN).expect(200).json()
                .getJsonArray("items"), "ref"));
        JsonObject found = API.get("api/browse/search?q=" + MARK).expect(200).json();
        assertEquals(List.of(OPEN), names(found.getJsonArray("collections"), "name"));
        assertEquals(List.of(OPEN), names(found.getJsonArray("containers"), "collection"));
    }

    @Test
    void countsPullsPerDayOverThePeriodAsked() {
        JsonArray days = Json.createReader(new StringReader(API.get("api/browse/downloads?days=7").expect(200).text()))
                .readArray();

        assertEquals(7, days.size());
        assertTrue(API.get("api/browse/downloads?days=0").expectError(400).contains("0"));
    }

    @Test
    void aConditionalGetOfAnUnchangedAnswerIs304AndAChangeEndsIt() {
        String path = "api/browse/collections/" + OPEN;
        Reply first = API.get(path, TestUser.BOB.pullToken()).expect(200);
        String tag = first.header("ETag");
        assertNotNull(tag, "an ETag on the answer");

        Reply again = API.send(Api.request(path).header("Authorization", "Bearer " + TestUser.BOB.pullToken())
                .header("If-None-Match", tag));
        assertEquals(304, again.status());
        assertEquals(0, again.body().length);

        API.put("api/stars/" + OPEN, TestUser.BOB.pushToken(), Api.object().build()).expect(204);
        try {
            Reply starred = API.send(Api.request(path).header("Authorization", "Bearer " + TestUser.BOB.pullToken())
                    .header("If-None-Match", tag));
            assertEquals(200, starred.status(), "the star changed the answer");
            assertNotEquals(tag, starred.header("ETag"));
        } finally {
            API.delete("api/stars/" + OPEN, TestUser.BOB.pushToken()).expect(204);
        }
    }

    /** The string at {@code path} (dotted; null: the item itself) of each item. */
    private static List<String> names(JsonArray items, String path) {
        return items.stream().map(item -> {
            JsonValue value = item;
            if (path != null) {
                for (String step : path.split("\\.")) {
                    value = value.asJsonObject().get(step);
                }
            }
            return ((JsonString) value).getString();
        }).toList();
    }
}
