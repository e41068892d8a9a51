package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OrasClient;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code apptainer pull oras://...} as Apptainer 1.0-1.2 does it: oras-go v1 and containerd's resolver, the real
 * client code (Debian's golang-oras-oras-go-dev), through the Go driver in src/test/go/orasclient. Images get there
 * by a library push, or by the driver's own push, which the other protocols then pull; each pull must give the
 * exact file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class OrasClientIT {

    private static final long PAYLOAD = 256 * 1024;
    private static final String ALICE = TestUser.ALICE.username();
    private static final Pattern REQUEST = Pattern.compile("\\[orasclient] >>> (GET|HEAD|POST|PUT|PATCH) (\\S+)");

    private final Api api = new Api();

    @Test
    void aPublicImagePullsAnonymouslyAsApptainerOneZeroDoes() {
        Path file = Tools.sif(PAYLOAD, "oras public");
        Pushed pushed = push(file, Names.unique("oraspub"), false);
        Path out = Tools.targetDir().resolve("oras-out/" + Names.unique("public") + ".sif");

        Tools.Result pull = new OrasClient(null, null).pull(OrasClient.ref(pushed.collection() + "/img", "v1"), out,
                true).orFail();

        assertEquals(Api.sha256(file), Api.sha256(out));
        String manifests = "/v2/" + pushed.collection() + "/img/manifests/";
        List<String> requests = requests(pull.stderr());
        assertEquals(List.of("HEAD " + manifests + "v1", "GET " + manifests + "sha256:",
                "GET /v2/" + pushed.collection() + "/img/blobs/sha256:" + pushed.sha256()), requests, pull.stderr());
    }

    @Test
    void aPrivateImagePullsWithAPassword() {
        Path file = Tools.sif(PAYLOAD, "oras password");
        Pushed pushed = push(file, Names.unique("oraspw"), true);
        Path out = Tools.targetDir().resolve("oras-out/" + Names.unique("password") + ".sif");

        new OrasClient(ALICE, TestUser.ALICE.password()).pull(OrasClient.ref(pushed.collection() + "/img", "v1"),
                out, false).orFail();

        assertEquals(Api.sha256(file), Api.sha256(out));
    }

    @Test
    void aPrivateImagePullsWithAnApiTokenAsThePassword() {
        Path file = Tools.sif(PAYLOAD, "oras token");
        Pushed pushed = push(file, Names.unique("orastok"), true);
        Path out = Tools.targetDir().resolve("oras-out/" + Names.unique("token") + ".sif");

        Tools.Result pull = new OrasClient(ALICE, TestUser.ALICE.pullToken())
                .pull(OrasClient.ref(pushed.collection() + "/img", "v1"), out, true).orFail();

        assertEquals(Api.sha256(file), Api.sha256(out));
        assertTrue(requests(pull.stderr()).contains("POST /v2/token"), "the OAuth2 form comes first: "
                + requests(pull.stderr()));
    }

    @Test
    void aPrivateImageDoesNotPullWithoutTheRightCredentials() {
        Pushed pushed = push(Tools.sif(PAYLOAD, "oras refused"), Names.unique("orasno"), true);
        String ref = OrasClient.ref(pushed.collection() + "/img", "v1");
        Path out = Tools.targetDir().resolve("oras-out/" + Names.unique("refused") + ".sif");

        Tools.Result anonymous = new OrasClient(null, null).pull(ref, out, false);
        Tools.Result bob = new OrasClient(TestUser.BOB.username(), TestUser.BOB.password()).pull(ref, out, false);
        Tools.Result wrong = new OrasClient(ALICE, "not-her-password").pull(ref, out, false);

        for (Tools.Result refused : List.of(anonymous, bob, wrong)) {
            assertFalse(refused.succeeded(), refused.describe());
        }
        assertTrue(anonymous.stderr().contains("401") || anonymous.stderr().toLowerCase().contains("unauthorized"),
                anonymous.describe());
        assertTrue(bob.stderr().contains("not found"), bob.describe());
    }

    @Test
    void aPushAsApptainerOneZeroPullsBackOverEveryProtocol() throws Exception {
        String collection = Names.unique("oraspush");
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection(ALICE, collection, true);
        Path file = Tools.sif(PAYLOAD, "oras pushed");
        String ref = OrasClient.ref(collection + "/rocks", "v1");
        OrasClient alice = new OrasClient(ALICE, TestUser.ALICE.pushToken());

        Tools.Result push = alice.push(file, ref, true).orFail();

        String sha = "sha256:" + Api.sha256(file);
        List<String> requests = requests(push.stderr());
        assertTrue(requests.contains("PUT /v2/" + collection + "/rocks/manifests/v1"), requests.toString());
        assertTrue(requests.contains("POST /v2/" + collection + "/rocks/blobs/uploads/"), requests.toString());

        Path viaOras = Tools.targetDir().resolve("oras-out/" + Names.unique("pushed") + ".sif");
        alice.pull(ref, viaOras, false).orFail();
        assertEquals(Api.sha256(file), Api.sha256(viaOras));
        Reply manifest = api.send(Api.request("v2/" + collection + "/rocks/manifests/v1")
                .header("Authorization", TestUser.ALICE.basicAuthorization()).GET()).expect(200);
        assertEquals(push.stdout().strip(), manifest.header("Docker-Content-Digest"), "the pushed manifest, kept");
        assertFalse(manifest.json().containsKey("mediaType"), manifest.text());
        assertEquals("application/vnd.unknown.config.v1+json",
                manifest.json().getJsonObject("config").getString("mediaType"));
        assertEquals(sha, manifest.json().getJsonArray("layers").getJsonObject(0).getString("digest"));

        Path viaLibrary = Tools.targetDir().resolve("oras-out/" + Names.unique("library") + ".sif");
        new LibraryClient(TestUser.ALICE.pullToken()).pull(ALICE + "/" + collection + "/rocks", "v1", viaLibrary)
                .orFail();
        assertEquals(Api.sha256(file), Api.sha256(viaLibrary));

        JsonObject shub = Eventually.await(Duration.ofSeconds(60), () -> api.get("api/container/" + collection
                        + "/rocks:v1", TestUser.ALICE.pullToken()).expect(200).json(),
                k -> "PARSED".equals(k.getJsonObject("metadata").getString("parseStatus")), "the header to be read");
        assertEquals("oras pushed", shub.getJsonObject("metadata").getJsonObject("labels")
                .getString("org.example.note"));
        assertEquals(Api.sha256(file), Api.sha256(api.getFollowingRedirects(shub.getString("image")).expect(200)
                .body()));
    }

    @Test
    void aPushNeedsTheRightToPush() {
        String collection = Names.unique("orasdeny");
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection(ALICE, collection, false);
        Path file = Tools.sif(PAYLOAD, "oras denied");
        String ref = OrasClient.ref(collection + "/rocks", "v1");

        Tools.Result bob = new OrasClient(TestUser.BOB.username(), TestUser.BOB.password()).push(file, ref, false);
        Tools.Result anonymous = new OrasClient(null, null).push(file, ref, false);

        assertFalse(bob.succeeded(), bob.describe());
        assertFalse(anonymous.succeeded(), anonymous.describe());
        assertEquals(404, api.get("api/container/" + collection + "/rocks:v1").status());
    }

    @Test
    void aPushIntoACollectionNobodyHasCreatesItOwnedByThePusher() {
        String collection = Names.unique("orasnew");
        Path file = Tools.sif(PAYLOAD, "oras new collection");
        String ref = OrasClient.ref(collection + "/rocks", "v1");

        new OrasClient(ALICE, TestUser.ALICE.password()).push(file, ref, false).orFail();

        assertTrue(BrowserSession.signedIn(TestUser.ROOT).get("collections/collection.xhtml?name=" + collection)
                .contains("owner-name\">" + ALICE + "<"), "alice owns " + collection);
        Path out = Tools.targetDir().resolve("oras-out/" + Names.unique("new") + ".sif");
        new OrasClient(ALICE, TestUser.ALICE.pullToken()).pull(ref, out, false).orFail();
        assertEquals(Api.sha256(file), Api.sha256(out));
        // made, it is alice's as any other: bob may not push there
        assertFalse(new OrasClient(TestUser.BOB.username(), TestUser.BOB.password())
                .push(Tools.sif(PAYLOAD, "oras bob"), OrasClient.ref(collection + "/other", "v1"), false).succeeded());
    }

    @Test
    void aPushIntoACollectionNobodyHasCreatesNothingWithoutTheRightToPush() {
        Path file = Tools.sif(PAYLOAD, "oras no new collection");
        String anonymous = Names.unique("orasanon");
        String pullOnly = Names.unique("oraspull");
        String badName = "Oras_" + Names.unique("bad");

        Tools.Result signedOut = new OrasClient(null, null).push(file, OrasClient.ref(anonymous + "/rocks", "v1"),
                false);
        Tools.Result withPullToken = new OrasClient(ALICE, TestUser.ALICE.pullToken()).push(file,
                OrasClient.ref(pullOnly + "/rocks", "v1"), false);
        Reply invalid = api.send(Api.request("v2/" + badName + "/rocks/blobs/uploads/")
                .header("Authorization", TestUser.ALICE.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertFalse(signedOut.succeeded(), signedOut.describe());
        assertFalse(withPullToken.succeeded(), withPullToken.describe());
        assertEquals(400, invalid.status(), invalid.text());
        assertEquals("NAME_INVALID", invalid.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        for (String collection : List.of(anonymous, pullOnly)) {
            assertEquals(404, api.get("v1/collections/" + ALICE + "/" + collection, TestUser.ALICE.pullToken())
                    .status(), collection + " was not made");
        }
    }

    private Pushed push(Path file, String collection, boolean privateCollection) {
        LibraryPush library = new LibraryPush(api, TestUser.ALICE.pushToken());
        library.collection(ALICE, collection, privateCollection);
        return library.push(file, ALICE, collection, "img", "v1");
    }

    /** The driver's requests to the registry's API, without the token requests' query; digests of manifests cut. */
    private static List<String> requests(String log) {
        Matcher request = REQUEST.matcher(log);
        List<String> requests = new java.util.ArrayList<>();
        while (request.find()) {
            String path = request.group(2).replaceAll("\\?.*", "").replaceAll("(manifests/sha256:).*", "$1");
            if (!path.equals("/v2/token") || request.group(1).equals("POST")) {
                requests.add(request.group(1) + " " + path);
            }
        }
        return requests;
    }
}
