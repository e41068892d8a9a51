package org.sifregistry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.LogMark;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OrasClient;
import org.sifregistry.testing.OtherClient;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The audit trail through the real APIs: what alice does is recorded with her name, the target, the image's digest,
 * her address and client, after it commits; admins read it as JSON and CSV; it goes to log/audit.log as JSON lines;
 * and a public pull leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class AuditTrailIT {

    private static final Duration RECORDED_WITHIN = Duration.ofSeconds(30);
    private static final String ALICE = TestUser.ALICE.username();
    private static final String CLIENT = "audit-it/1.0";

    private final Api api = new Api();

    @Test
    void aPushAndADeleteAreRecordedWithWhoWhatAndFromWhere() {
        LogMark log = LogMark.at(auditLog());
        String collection = Names.unique("audited");
        Pushed pushed = new LibraryPush(api, TestUser.ALICE.pushToken())
                .push(Tools.sif(4096, "audited"), ALICE, collection, "tool", "v1");
        api.send(Api.request("v1/images/" + pushed.ref() + ":v1?arch=" + LibraryPush.ARCH)
                .header("Authorization", "Bearer " + TestUser.ALICE.pushToken()).header("User-Agent", CLIENT)
                .DELETE()).expect(200);

        List<JsonObject> events = awaitEvents(collection, 3);

        assertEquals(List.of("DELETE", "PUSH", "COLLECTION_CREATED"), actions(events));
        JsonObject delete = events.get(0);
        assertEquals(ALICE, delete.getString("actor"));
        assertEquals(collection + "/tool:v1", delete.getString("target"));
        assertEquals(pushed.hash(), delete.getString("digest"));
        assertEquals("127.0.0.1", delete.getString("clientAddress"));
        assertEquals(CLIENT, delete.getString("userAgent"));
        assertEquals("SUCCESS", delete.getString("outcome"));
        String lines = log.appended();
        assertTrue(lines.lines().anyMatch(line -> line.startsWith("{") && line.contains("\"action\":\"DELETE\"")
                && line.contains(collection)), "a JSON line in audit.log: " + lines);
    }

    @Test
    void aTokenMadeUsedAndRevokedIsRecordedOnceEachAndAPublicPullIsNot() {
        String name = Names.unique("audited-token");
        Reply created = api.send(Api.request("api/tokens").header("Authorization", TestUser.ALICE.basicAuthorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.object().add("name", name)
                        .add("scope", "pull").build().toString()))).expect(201);
        long id = created.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 2; i++) {
            api.get("v1/entities/" + ALICE, created.json().getString("secret")).expect(200);
        }
        awaitEvents(name, 2);
        api.send(Api.request("api/tokens/" + id).header("Authorization", TestUser.ALICE.basicAuthorization())
                .DELETE()).expect(204);

        List<JsonObject> events = awaitEvents(name, 3);

        assertEquals(List.of("TOKEN_REVOKED", "TOKEN_FIRST_USED", "TOKEN_CREATED"), actions(events));
        assertEquals(ALICE, events.get(1).getString("actor"));
        String collection = Names.unique("unaudited");
        Pushed pushed = new LibraryPush(api, TestUser.ALICE.pushToken())
                .push(Tools.sif(4096, "public pull"), ALICE, collection, "tool", "v1");
        long before = awaitEvents(collection, 2).size();
        api.getFollowingRedirects(api.get("v1/imagefile/" + pushed.ref() + ":v1").expect(303).header("Location"))
                .expect(200);
        assertEquals(before, events(collection).size(), "a public pull is not audited");
    }

    @Test
    void everyPullOfAPrivateImageIsRecordedOnEveryProtocol() {
        String collection = Names.unique("private-pull");
        LibraryPush alice = new LibraryPush(api, TestUser.ALICE.pushToken());
        alice.entity(ALICE);
        alice.collection(ALICE, collection, true);
        Pushed pushed = alice.push(Tools.sif(4096, "private pull"), ALICE, collection, "tool", "v1");
        awaitEvents(collection, 2);

        for (int i = 0; i < 2; i++) {
            // The second answers would come from the lookup cache, were a private one kept there
            api.get("v1/imagefile/" + pushed.ref() + ":v1", TestUser.ALICE.pullToken()).expect(303);
            api.get("api/container/" + collection + "/tool:v1", TestUser.ALICE.pullToken()).expect(200);
        }
        Path pulled = Tools.downloadTarget("private-oras");
        try {
            new OrasClient(ALICE, TestUser.ALICE.pullToken())
                    .pull(OrasClient.ref(collection + "/tool", "v1"), pulled, false).orFail();
        } finally {
            Tools.deleteQuietly(pulled);
        }

        // Each event is recorded after its own request: in any order
        List<JsonObject> pulls = awaitEvents(collection, 7).stream()
                .filter(e -> e.getString("action").equals("PRIVATE_PULL")).toList();
        assertEquals(List.of("library", "library", "oras", "shub", "shub"),
                pulls.stream().map(e -> e.getString("detail")).sorted().toList());
        for (JsonObject pull : pulls) {
            assertEquals(ALICE, pull.getString("actor"));
            assertEquals(pushed.hash(), pull.getString("digest"));
        }
    }

    @Test
    void aWrongPasswordIsRecordedAsAFailedSignIn() {
        String stranger = Names.unique("stranger");
        api.send(Api.request("api/tokens").header("Authorization", Api.basic(stranger, "wrong"))
                .header("User-Agent", CLIENT)).expect(401);

        JsonObject failed = awaitEvents(stranger, 1).get(0);

        assertEquals("SIGN_IN_FAILED", failed.getString("action"));
        assertEquals("FAILURE", failed.getString("outcome"));
        assertEquals(stranger, failed.getString("actor"));
        assertEquals("basic", failed.getString("detail"));
        assertEquals(CLIENT, failed.getString("userAgent"));
    }

    @Test
    void aClientThatUsesUpItsFailedSignInsIsRecordedOnceAsBlocked() {
        String stranger = Names.unique("guesser");
        OtherClient client = OtherClient.onNewAddress();
        Map<String, String> wrong = Map.of("Authorization", Api.basic(stranger, "wrong"), "User-Agent", CLIENT);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, client.get("api/tokens", wrong).status());
        }
        assertEquals(429, client.get("api/tokens", wrong).status());
        assertEquals(429, client.get("api/tokens", wrong).status());

        List<JsonObject> events = awaitEvents(stranger, 6);

        List<JsonObject> blocked = events.stream().filter(e -> e.getString("action").equals("SIGN_IN_BLOCKED"))
                .toList();
        assertEquals(1, blocked.size(), events.toString());
        assertEquals(stranger, blocked.get(0).getString("actor"));
        assertEquals(client.address(), blocked.get(0).getString("clientAddress"));
        assertTrue(blocked.get(0).getString("detail").startsWith("basic, refused for "), blocked.get(0).toString());
        assertEquals(5, events.stream().filter(e -> e.getString("action").equals("SIGN_IN_FAILED")).count());
    }

    @Test
    void onlyAdminsReadTheTrailAndTheyGetItAsCsvToo() {
        api.send(Api.request("api/admin/audit").header("Authorization", TestUser.ALICE.basicAuthorization()))
                .expectError(403);
        api.get("api/admin/audit").expectError(401);
        assertTrue(api.send(Api.request("api/admin/audit?action=nonsense")
                .header("Authorization", TestUser.ROOT.basicAuthorization())).expectError(400).contains("nonsense"));
        String collection = Names.unique("csv");
        new LibraryPush(api, TestUser.ALICE.pushToken()).push(Tools.sif(4096, "csv"), ALICE, collection, "tool", "v1");
        awaitEvents(collection, 2);

        Reply csv = api.send(Api.request("api/admin/audit.csv?target=" + collection)
                .header("Authorization", TestUser.ROOT.basicAuthorization())).expect(200);

        List<String> lines = csv.text().lines().toList();
        assertEquals("at,actor,action,target,digest,client_address,user_agent,outcome,detail", lines.get(0));
        assertEquals(3, lines.size(), csv.text());
        assertTrue(lines.get(1).contains(",alice,PUSH," + collection + "/tool:v1,sha256."), lines.get(1));
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        BrowserSession.Page page = BrowserSession.signedIn(TestUser.ROOT).get("admin/audit.xhtml?action=PUSH&target="
                + collection);
        assertEquals(200, page.status());
        assertTrue(page.contains(collection + "/tool:v1"), "the push on the page");
        assertTrue(page.contains("api/admin/audit.csv?action=PUSH&amp;target=" + collection), "its CSV link");
    }

    /** The events whose target contains {@code text}, newest first, once there are {@code count}. */
    private List<JsonObject> awaitEvents(String text, int count) {
        return Eventually.await(RECORDED_WITHIN, () -> events(text), events -> events.size() >= count,
                count + " audit events about " + text);
    }

    private List<JsonObject> events(String text) {
        JsonObject page = Json.createReader(new StringReader(api.send(Api.request("api/admin/audit?target="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .header("Authorization", TestUser.ROOT.basicAuthorization())).expect(200).text())).readObject();
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> actions(List<JsonObject> events) {
        return events.stream().map(e -> e.getString("action")).toList();
    }

    private static Path auditLog() {
        String base = System.getProperty("it.server.base");
        return (base != null ? Paths.get(base) : Tools.targetDir().resolve("it-server")).resolve("log/audit.log");
    }
}
