package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Robot tokens for CI pipelines, as a pipeline and the people behind it use them over HTTP: a token limited to one
 * collection acts there and is a stranger to its owner's other collections on the library, shub and OCI APIs (a
 * private one is missing, 404; a public one may be read as by anyone, but not changed, 403 saying why); a team's
 * token pushes and pulls with the real library client for the team, keeps working when whoever made it leaves the
 * team, is listed with its last use for the team and for admins, and is refused once an admin revokes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class RobotTokenIT {

    private static final String ALICE = TestUser.ALICE.username();
    private static final String ARCH = "?arch=" + LibraryPush.ARCH;

    private final Api api = new Api();
    private final LibraryPush alicePush = new LibraryPush(api, TestUser.ALICE.pushToken());
    private final List<Path> madeFiles = new ArrayList<>();

    @AfterEach
    void deleteFiles() {
        Tools.deleteQuietly(madeFiles.toArray(Path[]::new));
    }

    @Test
    void aTokenLimitedToACollectionActsThereAndIsAStrangerToTheOwnersOthers() {
        Pushed reached = alicesImage("ci", true);
        Pushed hidden = alicesImage("hidden", true);
        Pushed open = alicesImage("open", false);
        JsonObject made = createToken(TestUser.ALICE.basicAuthorization(),
                token("pipeline", "push").add("collections", Json.createArrayBuilder().add(reached.collection())));
        assertEquals(List.of(reached.collection()), strings(made, "collections"));
        String token = made.getString("secret");

        api.get(image(reached), token).expect(200);
        api.get("api/container/" + reached.collection() + "/img:v1", token).expect(200);
        api.get(image(hidden), token).expectError(404);
        api.get("v1/imagefile/" + hidden.ref() + ":v1" + ARCH, token).expectError(404);
        api.get("api/container/" + hidden.collection() + "/img:v1", token).expectError(404);
        api.get(image(open), token).expect(200);
        assertTrue(api.get("v1/search?value=" + reached.collection(), token).expect(200).text()
                .contains("\"" + reached.collection() + "\""));
        String unseen = api.get("v1/search?value=" + hidden.collection(), token).expect(200).text();
        assertFalse(unseen.contains("\"" + hidden.collection() + "\""), unseen);

        new LibraryPush(api, token).push(sif("reached"), ALICE, reached.collection(), "more", "v1");
        String refused = api.post("v1/containers", token, Api.object().add("name", "more")
                .add("collection", open.collection()).build()).expectError(403);
        assertEquals("This API token reaches only '" + reached.collection() + "', not '" + open.collection()
                + "'; make a token for '" + open.collection() + "' on your account page", refused);
        api.post("v1/containers", token, Api.object().add("name", "more").add("collection", hidden.collection())
                .build()).expectError(404);
        String elsewhere = Names.unique("elsewhere");
        assertTrue(api.post("v1/collections", token, Api.object().add("name", elsewhere).add("entity", ALICE)
                .add("private", true).build()).expectError(403).contains("not '" + elsewhere + "'"));
        api.get("v1/collections/" + ALICE + "/" + elsewhere, TestUser.ALICE.pullToken()).expectError(404);

        Map<String, List<String>> granted = ociGrants(token, reached, hidden, open);
        assertEquals(List.of("pull", "push"), granted.get(reached.ref()));
        assertEquals(List.of(), granted.get(hidden.ref()));
        assertEquals(List.of("pull"), granted.get(open.ref()));
    }

    @Test
    void aLimitedTokenMakesOnlyTokensWithinItsReach() {
        Pushed reached = alicesImage("ci", true);
        Pushed other = alicesImage("other", true);
        String token = createToken(TestUser.ALICE.basicAuthorization(), token("pipeline", "push")
                .add("collections", Json.createArrayBuilder().add(reached.collection()))).getString("secret");

        JsonObject derived = api.post("api/tokens", token, token("derived", "pull").build()).expect(201).json();
        String refused = api.post("api/tokens", token, token("wider", "pull").add("collections",
                Json.createArrayBuilder().add(other.collection())).build()).expectError(403);

        assertEquals(List.of(reached.collection()), strings(derived, "collections"));
        api.get(image(other), derived.getString("secret")).expectError(404);
        assertTrue(refused.contains("not '" + other.collection() + "'"), refused);
    }

    @Test
    void aTeamsTokenWorksForTheTeamAfterItsMakerLeavesUntilAnAdminRevokesIt() throws Exception {
        String team = Names.unique("lab");
        BrowserSession bob = BrowserSession.signedIn(TestUser.BOB);
        Page created = bob.submit(bob.get("account/teams.xhtml"), "createTeam", Map.of("createTeam:teamName", team),
                "createTeam:create");
        assertTrue(created.contains("Team " + team + " created."), created.body());
        Page added = bob.submit(bob.get("account/teams.xhtml?team=" + team), "addMember",
                Map.of("addMember:username", ALICE), "addMember:add");
        assertTrue(added.contains("member-username\">" + ALICE + "<"), added.body());
        String denied = api.send(tokenRequest(TestUser.DAVE.basicAuthorization(), token("intruder", "push")
                .add("team", team))).expectError(403);
        assertTrue(denied.contains("Only a member of team '" + team + "'"), denied);

        JsonObject made = createToken(TestUser.ALICE.basicAuthorization(), token("pipeline", "push").add("team", team));
        assertTrue(made.getString("owner").startsWith("robot$" + team + "$pipeline-"), made.toString());
        assertEquals(team, made.getString("team"));
        String robot = made.getString("secret");
        String collection = Names.unique("builds");
        new LibraryPush(api, robot).collection(team, collection, true);
        LibraryClient pipeline = new LibraryClient(robot);
        pipeline.push(sif("first build"), team + "/" + collection + "/tool", "v1");
        api.get("v1/images/" + team + "/" + collection + "/tool:v1" + ARCH, TestUser.BOB.pullToken()).expect(200);

        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);
        Page left = alice.submit(alice.get("account/teams.xhtml?team=" + team), "leave", Map.of(), "leave:leave");
        assertEquals(200, left.status(), left.body());
        api.get("v1/images/" + team + "/" + collection + "/tool:v1" + ARCH, TestUser.ALICE.pullToken())
                .expectError(404);
        Path second = sif("second build");
        pipeline.push(second, team + "/" + collection + "/tool", "v2");
        Path pulled = Files.createTempFile("robot-pull", ".sif");
        madeFiles.add(pulled);
        pipeline.pull(team + "/" + collection + "/tool", "v2", pulled).orFail();
        assertEquals(Api.sha256(second), Api.sha256(pulled));

        JsonObject listed = onlyItem(api.send(Api.request("api/tokens?team=" + team)
                .header("Authorization", TestUser.BOB.basicAuthorization())).expect(200).json());
        assertEquals(ALICE, listed.getString("createdBy"));
        assertFalse(listed.isNull("lastUsed"), listed.toString());
        api.send(Api.request("api/tokens?team=" + team).header("Authorization", TestUser.DAVE.basicAuthorization()))
                .expectError(403);
        Page tokensPage = bob.get("account/tokens.xhtml");
        assertTrue(tokensPage.contains("made by " + ALICE), tokensPage.body());
        String all = api.send(Api.request("api/tokens?all=true")
                .header("Authorization", TestUser.ROOT.basicAuthorization())).expect(200).text();
        assertTrue(all.contains("\"id\":" + made.getJsonNumber("id")), all);
        api.send(Api.request("api/tokens?all=true").header("Authorization", TestUser.BOB.basicAuthorization()))
                .expectError(403);

        api.send(Api.request("api/tokens/" + made.getJsonNumber("id"))
                .header("Authorization", TestUser.ROOT.basicAuthorization()).DELETE()).expect(204);
        api.get("v1/images/" + team + "/" + collection + "/tool:v1" + ARCH, robot).expectError(401);
        assertNotEquals(0, pipeline.pull(team + "/" + collection + "/tool", "v1", pulled).exitCode());
    }

    private Pushed alicesImage(String prefix, boolean privateCollection) {
        String collection = Names.unique(prefix);
        alicePush.collection(ALICE, collection, privateCollection);
        return alicePush.push(sif(prefix), ALICE, collection, "img", "v1");
    }

    private static String image(Pushed pushed) {
        return "v1/images/" + pushed.ref() + ":v1" + ARCH;
    }

    private Path sif(String label) {
        Path file = Tools.sif(4096, label);
        madeFiles.add(file);
        return file;
    }

    private static JsonObjectBuilder token(String name, String scope) {
        return Api.object().add("name", name + "-" + Names.unique("t")).add("scope", scope);
    }

    private JsonObject createToken(String basic, JsonObjectBuilder body) {
        return api.send(tokenRequest(basic, body)).expect(201).json();
    }

    private static HttpRequest.Builder tokenRequest(String basic, JsonObjectBuilder body) {
        return Api.request("api/tokens").header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()));
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString::getString);
    }

    private static JsonObject onlyItem(JsonObject list) {
        assertEquals(1, list.getJsonArray("items").size(), list.toString());
        return list.getJsonArray("items").getJsonObject(0);
    }

    /**
     * What {@code /v2/token} grants the API token, asked for pull and push on each image's repository: the access the
     * registry token it issues carries (its first part is the claims, base64url JSON).
     */
    private Map<String, List<String>> ociGrants(String token, Pushed... images) {
        StringBuilder scopes = new StringBuilder();
        for (Pushed pushed : images) {
            scopes.append("&scope=").append(URLEncoder.encode("repository:" + pushed.collection() + "/"
                    + pushed.container() + ":pull,push", StandardCharsets.UTF_8));
        }
        String issued = api.send(Api.request("v2/token?service=registry" + scopes)
                .header("Authorization", Api.basic(ALICE, token))).expect(200).json().getString("token");
        String claims = new String(Base64.getUrlDecoder().decode(issued.substring(0, issued.indexOf('.'))),
                StandardCharsets.UTF_8);
        JsonObject access = Json.createReader(new StringReader(claims)).readObject().getJsonObject("access");
        Map<String, List<String>> granted = new HashMap<>();
        access.forEach((repository, actions) -> granted.put(ALICE + "/" + repository,
                actions.asJsonArray().getValuesAs(JsonString::getString)));
        return granted;
    }
}
