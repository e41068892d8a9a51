package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;

/**
 * What another site can make a signed-in browser send changes nothing. A Faces form needs the view state of a page
 * this session was sent, which the other site cannot know; the API takes no change on the session cookie alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class CsrfIT {

    private static final String CREATE_TEAM = "createTeam";

    @Test
    void aFacesPostWithAForgedOrMissingViewStateChangesNothing() {
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);
        Page teams = alice.get("account/teams.xhtml");
        String forged = Names.unique("forged");
        String missing = Names.unique("missing");

        alice.submit(teams, CREATE_TEAM, field(forged), "createTeam:create", "-1234567890123456789:987654321");
        alice.submit(teams, CREATE_TEAM, field(missing), "createTeam:create", null);
        // The same form with its real view state works: the two above failed for the view state alone
        String genuine = Names.unique("genuine");
        Page created = alice.submit(teams, CREATE_TEAM, field(genuine), "createTeam:create");

        assertTrue(created.contains("Team " + genuine + " created."), created.body());
        Page after = alice.get("account/teams.xhtml");
        assertTrue(after.contains(genuine));
        assertFalse(after.contains(forged), "no team from the forged view state");
        assertFalse(after.contains(missing), "no team without a view state");
    }

    @Test
    void theApiRefusesChangesSignedOnlyByTheSessionCookie() {
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);
        String name = Names.unique("csrf");

        Page json = alice.send(Api.request("api/tokens").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"scope\":\"push\"}")));
        // What a form on another site posts: no JSON, no Authorization, the browser's cookie
        Page form = alice.send(Api.request("api/tokens")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://elsewhere.example")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + name + "&scope=push")));
        Page revoke = alice.send(Api.request("api/tokens/1").DELETE());

        for (Page refused : new Page[] {json, form, revoke}) {
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.contains("Changes through the API need an Authorization header"), refused.body());
        }
        assertEquals(200, alice.get("api/tokens").status(), "the session still reads");
        String tokens = new Api().send(Api.request("api/tokens?limit=100")
                .header("Authorization", TestUser.ALICE.basicAuthorization()).GET()).expect(200).text();
        assertFalse(tokens.contains(name), "no token was made");
    }

    @Test
    void theApiTakesChangesThatBringTheirOwnCredentials() {
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);

        Page created = alice.send(Api.request("api/tokens").header("Content-Type", "application/json")
                .header("Authorization", TestUser.ALICE.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + Names.unique("own") + "\",\"scope\":\"pull\"}")));

        assertEquals(201, created.status(), created.body());
    }

    private static Map<String, String> field(String teamName) {
        return Map.of("createTeam:teamName", teamName);
    }
}
