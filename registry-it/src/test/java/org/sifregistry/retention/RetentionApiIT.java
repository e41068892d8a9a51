package org.sifregistry.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Retention over HTTP, as an owner and an admin use it: the owner sets a collection's rules, sees in the dry run and
 * on the account page what goes, an admin sees it in the dry run of the admin page (which others may not open:
 * {@code AccountPagesIT}), others may neither change the rules nor start a run, and the admin's run deletes what the
 * dry run listed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class RetentionApiIT {

    private static final String ALICE = TestUser.ALICE.username();

    private final Api api = new Api();
    private final List<Path> madeFiles = new ArrayList<>();

    @AfterEach
    void deleteFiles() {
        Tools.deleteQuietly(madeFiles.toArray(Path[]::new));
    }

    @Test
    void anOwnersRulesShowWhatGoesAndAnAdminsRunDeletesIt() {
        String collection = Names.unique("retained");
        LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());
        push.push(sif("old"), ALICE, collection, "tool", "v1");
        push.push(sif("new"), ALICE, collection, "tool", "v2");

        JsonObject rules = send("PUT", "api/retention/collections/" + collection, TestUser.ALICE,
                "{\"keepLastTags\":1,\"unpulledDays\":null,\"untaggedDays\":null,\"protected\":false}")
                .expect(200).json();
        assertEquals(1, rules.getInt("keepLastTags"));
        assertTrue(rules.isNull("unpulledDays") && !rules.getBoolean("protected"), rules.toString());
        send("PUT", "api/retention/collections/" + collection, TestUser.DAVE, "{\"keepLastTags\":1}").expectError(403);

        JsonObject plan = send("GET", "api/retention/plan", TestUser.ALICE, null).expect(200).json();
        JsonObject item = itemOf(plan, collection);
        assertEquals("v1", item.getString("tag"));
        assertEquals("KEEP_LAST_TAGS", item.getString("rule"));
        Page account = BrowserSession.signedIn(TestUser.ALICE).get("account/index.xhtml");
        assertTrue(account.contains("Going soon") && account.contains(collection + "/tool:v1"), account.body());
        send("POST", "api/retention/run", TestUser.ALICE, null).expectError(403);
        Page adminPage = BrowserSession.signedIn(TestUser.ROOT).get("admin/retention.xhtml");
        assertTrue(adminPage.contains(collection + "/tool:v1") && adminPage.contains("id=\"retention:run\""),
                adminPage.body());

        JsonObject deleted = send("POST", "api/retention/run", TestUser.ROOT, null).expect(200).json();

        assertEquals(item, itemOf(deleted, collection));
        api.get("v1/images/" + ALICE + "/" + collection + "/tool:v1?arch=amd64", TestUser.ALICE.pullToken())
                .expectError(404);
        api.get("v1/images/" + ALICE + "/" + collection + "/tool:v2?arch=amd64", TestUser.ALICE.pullToken())
                .expect(200);
    }

    private Path sif(String label) {
        Path file = Tools.sif(4096, label);
        madeFiles.add(file);
        return file;
    }

    private Reply send(String method, String path, TestUser user, String json) {
        return api.send(Api.request(path).header("Authorization", user.basicAuthorization())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The one item of the plan in {@code collection}. */
    private static JsonObject itemOf(JsonObject plan, String collection) {
        List<JsonObject> items = plan.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("collection").equals(collection)).toList();
        assertEquals(1, items.size(), plan.toString());
        return items.get(0);
    }
}
