package org.sifregistry.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.common.ByteSize;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.SregistryClient;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Quotas in bytes through the library protocol, as alice pushes and root (an admin) sets her quota: refused at the
 * start of an upload and again at its completion with 413 and what is used, content counted once per account,
 * freed by a delete, a team's collections counted against the team, and the quota the real library client reads.
 * Alice's other tests' images count too, so every quota here is her usage when the test starts plus some room.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class QuotaIT {

    private static final String ALICE = TestUser.ALICE.username();
    /** An admin's API tokens carry the roles of their last sign-in, and root may not have signed in yet. */
    private static final String ROOT = TestUser.ROOT.basicAuthorization();

    private final Api api = new Api();
    private final String alice = TestUser.ALICE.pushToken();
    private final LibraryPush push = new LibraryPush(api, alice);
    private final List<Path> madeFiles = new ArrayList<>();
    private final List<String> quotasSet = new ArrayList<>();

    @AfterEach
    void backToTheDefaults() {
        quotasSet.forEach(account -> setQuota(account, "default").expect(200));
        Tools.deleteQuietly(madeFiles.toArray(Path[]::new));
    }

    @Test
    void anUploadThatWouldPassTheQuotaIsRefusedBeforeItStartsSayingWhyAndNothingIsStored() {
        Path first = sif("first");
        Path second = sif("second");
        long before = usage("users/" + ALICE);
        setQuota("users/" + ALICE, Long.toString(before + Api.size(first) + Api.size(second) - 1)).expect(200);
        String collection = Names.unique("quota");

        push.push(first, ALICE, collection, "tool", "v1");
        String containerId = push.container(ALICE, collection, "tool");
        String imageId = push.image(ALICE, collection, "tool", containerId, hash(second)).getString("id");
        String refusal = push.announce(imageId, second).expectError(413);

        assertTrue(refusal.startsWith("The image does not fit in the quota of user alice:"), refusal);
        assertTrue(refusal.contains("the image needs " + ByteSize.readable(Api.size(second)) + " more"), refusal);
        assertFalse(push.image(ALICE, collection, "tool", containerId, hash(second)).getBoolean("uploaded"));
        assertEquals(before + Api.size(first), usage("users/" + ALICE));
    }

    @Test
    void anUploadThatNoLongerFitsWhenItEndsIsRefusedAndNothingIsStored() {
        Path image = sif("late");
        String collection = newCollection();
        String containerId = push.container(ALICE, collection, "tool");
        String imageId = push.image(ALICE, collection, "tool", containerId, hash(image)).getString("id");
        String uploadUrl = push.announce(imageId, image).expect(200).data().getString("uploadURL");

        long before = usage("users/" + ALICE);
        setQuota("users/" + ALICE, Long.toString(before)).expect(200);
        Reply upload = api.putFile(uploadUrl, image);

        assertTrue(upload.expectError(413).contains("quota of user alice"), upload.text());
        assertFalse(push.image(ALICE, collection, "tool", containerId, hash(image)).getBoolean("uploaded"));
        push.complete(imageId).expect(400);
        assertEquals(before, usage("users/" + ALICE));
    }

    @Test
    void anOciBlobThatDoesNotFitIsRefusedInTheOciErrorFormAndNotKept() {
        Path image = sif("oci");
        String name = Names.unique("quota") + "/tool";
        String digest = "sha256:" + Api.sha256(image);
        String basic = TestUser.ALICE.basicAuthorization();
        setQuota("users/" + ALICE, Long.toString(usage("users/" + ALICE))).expect(200);

        String location = api.send(Api.request("v2/" + name + "/blobs/uploads/").header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.noBody())).expect(202).header("Location");
        Reply refused = api.send(Api.request(location.substring(1) + "?digest=" + digest)
                .header("Authorization", basic).header("Content-Type", "application/octet-stream")
                .PUT(ofFile(image))).expect(413);

        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("SIZE_INVALID", error.getString("code"), refused.text());
        assertTrue(error.getString("message").contains("quota of user alice"), refused.text());
        assertEquals(404, api.send(Api.request("v2/" + name + "/blobs/" + digest).header("Authorization", basic)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).status());
        assertEquals(404, api.send(Api.request(location.substring(1)).header("Authorization", basic)).status(),
                "the upload is cancelled");
        Reply monolithic = api.send(Api.request("v2/" + name + "/blobs/uploads/?digest=" + digest)
                .header("Authorization", basic).header("Content-Type", "application/octet-stream")
                .POST(ofFile(image))).expect(413);
        assertEquals("SIZE_INVALID", monolithic.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void anSregistryPushThatDoesNotFitIsRefusedWithItsDetail() {
        Path image = sif("sregistry");
        String collection = newCollection();
        setQuota("users/" + ALICE, Long.toString(usage("users/" + ALICE))).expect(200);

        Reply refused = new SregistryClient(ALICE, alice).push(collection, "tool", "v1", image).reply().expect(413);

        assertTrue(refused.json().getString("detail").contains("quota of user alice"), refused.text());
        api.get("v1/images/" + ALICE + "/" + collection + "/tool:v1", alice).expect(404);
    }

    @Test
    void theSameImageUnderTwoNamesAndTwoCollectionsCountsOnce() {
        Path image = sif("twice");
        long before = usage("users/" + ALICE);

        push.push(image, ALICE, Names.unique("quota"), "one", "v1", "latest");
        push.push(image, ALICE, Names.unique("quota"), "two", "v1");

        assertEquals(before + Api.size(image), usage("users/" + ALICE));
    }

    @Test
    void deletingAnImageFreesItsRoomAtOnce() {
        Path image = sif("deleted");
        long before = usage("users/" + ALICE);
        LibraryPush.Pushed pushed = push.push(image, ALICE, Names.unique("quota"), "tool", "v1");
        assertEquals(before + Api.size(image), usage("users/" + ALICE));

        api.delete("v1/images/" + pushed.ref() + ":v1", alice).expect(200);

        assertEquals(before, usage("users/" + ALICE));
    }

    @Test
    void theLibraryClientReadsTheQuotaItPushedInto() {
        Path image = sif("client");
        long before = usage("users/" + ALICE);
        long quota = before + (64L << 20);
        setQuota("users/" + ALICE, Long.toString(quota)).expect(200);

        Tools.Result pushed = new LibraryClient(alice).push(image, ALICE + "/" + Names.unique("quota") + "/tool", "v1");

        JsonObject complete = lastJsonLine(pushed.stdout());
        assertEquals(quota, complete.getJsonObject("quota").getJsonNumber("quotaTotal").longValue(), pushed.stdout());
        assertEquals(before + Api.size(image), complete.getJsonObject("quota").getJsonNumber("quotaUsage").longValue());
        assertTrue(complete.getString("containerUrl").contains("collections/index.xhtml"), pushed.stdout());
    }

    @Test
    void aTeamsCollectionsCountAgainstTheTeamAndNotAgainstItsMembers() {
        String team = Names.unique("lab");
        BrowserSession web = BrowserSession.signedIn(TestUser.ALICE);
        Page created = web.submit(web.get("account/teams.xhtml"), "createTeam", Map.of("createTeam:teamName", team),
                "createTeam:create");
        assertTrue(created.contains("Team " + team + " created."), created.body());
        Path first = sif("team first");
        Path second = sif("team second");
        setQuota("teams/" + team, Long.toString(Api.size(first) + Api.size(second) - 1)).expect(200);
        long aliceBefore = usage("users/" + ALICE);
        String collection = Names.unique("quota");

        push.push(first, team, collection, "tool", "v1");
        String containerId = push.container(team, collection, "tool");
        String imageId = push.image(team, collection, "tool", containerId, hash(second)).getString("id");
        String refusal = push.announce(imageId, second).expectError(413);

        assertTrue(refusal.startsWith("The image does not fit in the quota of team " + team + ":"), refusal);
        assertEquals(Api.size(first), usage("teams/" + team));
        assertEquals(aliceBefore, usage("users/" + ALICE), "a team's collection is not its pusher's");
        Page teamPage = web.get("account/teams.xhtml?team=" + team);
        assertTrue(teamPage.contains("id=\"teamQuota\"") && teamPage.contains(" used"), teamPage.body());
    }

    @Test
    void onlyAdminsSetQuotasAndOnlyTheAccountAndAdminsSeeIt() {
        assertEquals(ALICE, api.get("api/quotas/users/" + ALICE, alice).expect(200).json().getString("account"));
        assertTrue(api.put("api/quotas/users/" + ALICE, alice, Api.object().add("quota", "1 TiB").build())
                .expectError(403).contains("Only an admin"));
        api.get("api/quotas/users/" + ALICE, TestUser.BOB.pushToken()).expectError(403);
        assertTrue(setQuota("users/" + ALICE, "a lot").expectError(400).contains("binary unit"));

        JsonObject unlimited = setQuota("users/" + ALICE, "unlimited").expect(200).json();

        assertFalse(unlimited.containsKey("quota"), unlimited.toString());
        assertEquals("unlimited", unlimited.getString("quotaText"));
    }

    @Test
    void theAccountPageShowsTheUsageAndWarnsWhenNearlyFull() {
        push.push(sif("page"), ALICE, Names.unique("quota"), "tool", "v1");
        long usage = usage("users/" + ALICE);
        setQuota("users/" + ALICE, Long.toString(usage + 1)).expect(200);

        Page account = BrowserSession.signedIn(TestUser.ALICE).get("account/index.xhtml");

        assertTrue(account.contains("Your space"), account.body());
        assertTrue(account.contains("Nearly full: pushes that do not fit are refused"), account.body());
    }

    @Test
    void anAdminSetsAQuotaOnTheUsersPage() {
        quotasSet.add("users/" + ALICE);
        BrowserSession admin = BrowserSession.signedIn(TestUser.ROOT);
        Page users = admin.get("admin/users.xhtml?q=" + ALICE);

        Page set = admin.submit(users, "users", Map.of("users:table:0:quota", "5 GiB"), "users:table:0:setQuota");

        assertTrue(set.contains("Quota of alice is now 5 GiB."), set.body());
        assertEquals(5L << 30, quota("users/" + ALICE).getJsonNumber("quota").longValue());
    }

    @Test
    void anAdminCapsATeamsSpaceOnTheTeamsPage() {
        String team = Names.unique("capped");
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);
        alice.submit(alice.get("account/teams.xhtml"), "createTeam", Map.of("createTeam:teamName", team),
                "createTeam:create");
        quotasSet.add("teams/" + team);
        BrowserSession admin = BrowserSession.signedIn(TestUser.ROOT);
        Page teams = admin.get("admin/teams.xhtml?q=" + team);
        assertTrue(teams.contains(team) && teams.contains(" used"), teams.body());

        Page set = admin.submit(teams, "teams", Map.of("teams:table:0:quota", "3 GiB"), "teams:table:0:setQuota");

        assertTrue(set.contains("Quota of team " + team + " is now 3 GiB."), set.body());
        assertEquals(3L << 30, quota("teams/" + team).getJsonNumber("quota").longValue());
        assertEquals(403, alice.get("admin/teams.xhtml").status(), "only admins see every team");
    }

    private Reply setQuota(String account, String quota) {
        if (!quotasSet.contains(account)) {
            quotasSet.add(account);
        }
        return api.send(Api.request("api/quotas/" + account).header("Authorization", ROOT)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.object().add("quota", quota).build().toString())));
    }

    private long usage(String account) {
        return quota(account).getJsonNumber("usage").longValue();
    }

    private JsonObject quota(String account) {
        return api.send(Api.request("api/quotas/" + account).header("Authorization", ROOT)).expect(200).json();
    }

    /** An empty collection of alice's, as a push makes it. */
    private String newCollection() {
        String collection = Names.unique("quota");
        push.entity(ALICE);
        push.collection(ALICE, collection, false);
        return collection;
    }

    private Path sif(String label) {
        Path file = Tools.sif(4 << 10, "quota " + label + " " + Names.unique("n"));
        madeFiles.add(file);
        return file;
    }

    private static HttpRequest.BodyPublisher ofFile(Path file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static String hash(Path file) {
        return "sha256." + Api.sha256(file);
    }

    /** The driver prints a summary line, then the client's UploadImageComplete as JSON. */
    private static JsonObject lastJsonLine(String stdout) {
        String[] lines = stdout.strip().split("\n");
        try (JsonReader reader = Json.createReader(new StringReader(lines[lines.length - 1]))) {
            return reader.readObject();
        }
    }
}
