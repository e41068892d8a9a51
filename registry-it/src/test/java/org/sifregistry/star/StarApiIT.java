package org.sifregistry.star;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;

/** {@code /api/stars} over HTTP, as a script stars collections: idempotent, counted, and under the access rules. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class StarApiIT {

    private final Api api = new Api();

    @Test
    void starsAreCountedOncePerUserAndTakenBack() {
        String collection = alicesCollection(false);

        api.put("api/stars/" + collection, TestUser.BOB.pushToken(), Api.object().build()).expect(204);
        api.put("api/stars/" + collection, TestUser.BOB.pushToken(), Api.object().build()).expect(204);
        api.put("api/stars/" + collection, TestUser.CAROL.pushToken(), Api.object().build()).expect(204);

        assertEquals(Optional.of(2L), starsListedFor(TestUser.BOB, collection), "two users, one star each");

        api.delete("api/stars/" + collection, TestUser.BOB.pushToken()).expect(204);
        api.delete("api/stars/" + collection, TestUser.BOB.pushToken()).expect(204);

        assertEquals(Optional.empty(), starsListedFor(TestUser.BOB, collection), "no longer among bob's stars");
        assertEquals(Optional.of(1L), starsListedFor(TestUser.CAROL, collection), "carol's star stays");
    }

    @Test
    void signedOutNothingIsStarredOrListed() {
        String collection = alicesCollection(false);

        api.put("api/stars/" + collection, null, Api.object().build()).expectError(401);
        api.delete("api/stars/" + collection, null).expectError(401);
        api.get("api/stars").expectError(401);
    }

    @Test
    void aPrivateOrUnknownCollectionIsNotFound() {
        api.put("api/stars/" + alicesCollection(true), TestUser.BOB.pushToken(), Api.object().build())
                .expectError(404);
        api.put("api/stars/" + Names.unique("none"), TestUser.BOB.pushToken(), Api.object().build())
                .expectError(404);
    }

    @Test
    void aPullTokenMayNotStar() {
        String collection = alicesCollection(false);

        api.put("api/stars/" + collection, TestUser.BOB.pullToken(), Api.object().build()).expectError(403);

        assertEquals(Optional.empty(), starsListedFor(TestUser.BOB, collection));
    }

    @Test
    void theOwnerOfAPrivateCollectionMayStarIt() {
        String collection = alicesCollection(true);

        api.put("api/stars/" + collection, TestUser.ALICE.pushToken(), Api.object().build()).expect(204);

        assertEquals(Optional.of(1L), starsListedFor(TestUser.ALICE, collection));
    }

    private String alicesCollection(boolean privateCollection) {
        String collection = Names.unique("starred");
        LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());
        push.entity(TestUser.ALICE.username());
        push.collection(TestUser.ALICE.username(), collection, privateCollection);
        return collection;
    }

    /** The collection's star count as the user's list of stars shows it, or empty when it is not listed. */
    private Optional<Long> starsListedFor(TestUser user, String collection) {
        JsonObject stars = api.get("api/stars?limit=200", user.pullToken()).expect(200).json();
        assertTrue(stars.getJsonNumber("total").longValue() >= stars.getJsonArray("items").size());
        return stars.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("name").equals(collection))
                .map(item -> item.getJsonNumber("stars").longValue())
                .findFirst();
    }
}
