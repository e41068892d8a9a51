package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code /api/containers/{collection}/{name:tag}/topics/{topic}} over HTTP, on real images: the owner tags and
 * untags, the shub metadata shows it, and the access rules hold.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class TopicTagApiIT {

    private final Api api = new Api();

    @Test
    void theOwnerAddsAndRemovesATopic() {
        Pushed pushed = push(false);
        String topics = "api/containers/" + pushed.collection() + "/" + pushed.container() + ":v1/topics/";

        JsonObject added = api.put(topics + "Genomics", TestUser.ALICE.pushToken(), Api.object().build())
                .expect(200).json();
        api.put(topics + "genomics", TestUser.ALICE.pushToken(), Api.object().build()).expect(200);

        assertEquals(pushed.collection() + "/" + pushed.container() + ":v1", added.getString("container"));
        assertTrue(names(added).contains("genomics"), "the topic, lowercased: " + added);
        assertTrue(shubTopics(pushed).contains("genomics"));

        JsonObject removed = api.delete(topics + "genomics", TestUser.ALICE.pushToken()).expect(200).json();

        assertFalse(names(removed).contains("genomics"));
        assertFalse(shubTopics(pushed).contains("genomics"));
    }

    @Test
    void withoutATagTheTopicGoesOnLatest() {
        Pushed pushed = push(false);
        new LibraryPush(api, TestUser.ALICE.pushToken()).tag(pushed.containerId(), "latest", pushed.imageId());

        api.put("api/containers/" + pushed.collection() + "/" + pushed.container() + "/topics/imaging",
                TestUser.ALICE.pushToken(), Api.object().build()).expect(200);

        assertTrue(topicsOf(pushed.collection() + "/" + pushed.container() + ":latest").contains("imaging"));
        assertFalse(shubTopics(pushed).contains("imaging"), "v1 is another tag");
    }

    @Test
    void signedOutIs401() {
        Pushed pushed = push(false);
        String topic = "api/containers/" + pushed.collection() + "/" + pushed.container() + ":v1/topics/genomics";

        api.put(topic, null, Api.object().build()).expectError(401);
        api.delete(topic, null).expectError(401);
    }

    @Test
    void aPrivateOrUnknownContainerIsNotFound() {
        Pushed hidden = push(true);

        api.put("api/containers/" + hidden.collection() + "/" + hidden.container() + ":v1/topics/genomics",
                TestUser.BOB.pushToken(), Api.object().build()).expectError(404);
        api.put("api/containers/" + hidden.collection() + "/" + Names.unique("none") + ":v1/topics/genomics",
                TestUser.ALICE.pushToken(), Api.object().build()).expectError(404);
    }

    @Test
    void aUserWhoNeitherOwnsNorContributesIs403() {
        Pushed pushed = push(false);
        String topics = "api/containers/" + pushed.collection() + "/" + pushed.container() + ":v1/topics/";

        api.put(topics + "genomics", TestUser.BOB.pushToken(), Api.object().build()).expectError(403);
        api.put(topics + "genomics", TestUser.ALICE.pullToken(), Api.object().build()).expectError(403);

        assertFalse(shubTopics(pushed).contains("genomics"));
    }

    @Test
    void aTopicThatBreaksTheNamingRuleIs400() {
        Pushed pushed = push(false);

        api.put("api/containers/" + pushed.collection() + "/" + pushed.container() + ":v1/topics/no_underscores",
                TestUser.ALICE.pushToken(), Api.object().build()).expectError(400);
    }

    private Pushed push(boolean privateCollection) {
        String collection = Names.unique("topical");
        LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());
        push.entity(TestUser.ALICE.username());
        push.collection(TestUser.ALICE.username(), collection, privateCollection);
        return push.push(Tools.sif(4096, "topics"), TestUser.ALICE.username(), collection, "tool", "v1");
    }

    private List<String> shubTopics(Pushed pushed) {
        return topicsOf(pushed.collection() + "/" + pushed.container() + ":v1");
    }

    private List<String> topicsOf(String ref) {
        return api.get("api/container/" + ref, TestUser.ALICE.pullToken()).expect(200).json()
                .getJsonObject("metadata").getJsonArray("topics").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static List<String> names(JsonObject topics) {
        return topics.getJsonArray("topics").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }
}
