package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Prometheus;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.SmallDisk;
import org.sifregistry.testing.SregistryClient;
import org.sifregistry.testing.TestServerStore;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The image store's disk fills up: a push that does not fit is refused with 507 and a message in each protocol's
 * error form, nothing of it stays, stored images still pull, readiness says why pushes would fail, and pushes work
 * again once space is freed. The store is a 64 MiB tmpfs over the test server's image directory, mounted before
 * the server starts (arquillian.xml, container "restartable") and unmounted after it stops.
 */
@RunAsClient
class FullDiskRestartIT extends RestartableServerTest {

    private static final long MIB = 1024 * 1024;
    private static final String MIN_FREE = "registry.storage.min-free";
    private static final String FULL = "The registry's image store is full";

    private final Api management = new Api(URI.create("http://127.0.0.1:9990/"));
    private String token;
    private LibraryPush library;

    @Test
    void aPushThatDoesNotFitIsRefusedEverywhereAndPushesWorkAgainOnceSpaceIsFreed() throws Exception {
        Path stored = Tools.sif(24 * MIB, "stored before the disk filled");
        Path tooBig = Tools.sif(48 * MIB, "too big for what is left");
        Path filler = Tools.sif(28 * MIB, "fills the disk below the floor");
        try (SmallDisk disk = SmallDisk.mount(TestServerStore.DIRECTORY, 64 * MIB)) {
            startRegistry();
            Management.setSystemProperty(MIN_FREE, "16MiB");
            try {
                token = TestUser.ALICE.newToken("push");
                library = new LibraryPush(api, token);
                String collection = Names.unique("fulldisk");
                String entity = TestUser.ALICE.username();
                Pushed kept = library.push(stored, entity, collection, "kept", "v1");

                Prometheus before = Prometheus.scrape();
                assertRefusedByLibrary(entity, collection, tooBig);
                assertRefusedByOci(collection, tooBig);
                assertRefusedBySregistry(collection, tooBig);
                assertEquals(3, Prometheus.scrape().since(before, "registry_upload_failures_total", "reason",
                        "store_full"), "one failure for want of room in each protocol");
                assertPulls(kept, stored);

                Pushed fills = library.push(filler, entity, collection, "filler", "v1");
                JsonObject store = notReadyStore();
                assertTrue(store.getString("reason").contains("below the floor"), store.toString());
                assertPulls(kept, stored);
                assertPulls(fills, filler);

                api.delete("v1/images/" + kept.ref() + ":v1", token).expect(200);
                api.delete("v1/images/" + fills.ref() + ":v1", token).expect(200);
                assertEquals("COMPLETED", Management.runJob("collect-garbage",
                        Map.of("grace", "PT0S", "uploadAge", "PT0S")));
                assertEquals("UP", management.get("health/ready").expect(200).json().getString("status"));
                Pushed again = library.push(tooBig, entity, collection, "again", "v1");
                assertPulls(again, tooBig);
            } finally {
                Management.setSystemProperty(MIN_FREE, "${env.REGISTRY_STORAGE_MIN_FREE:1GiB}");
                stopRegistry();
            }
        } finally {
            Tools.deleteQuietly(stored, tooBig, filler);
        }
    }

    private void assertRefusedByLibrary(String entity, String collection, Path image) throws IOException {
        String containerId = library.container(entity, collection, "library");
        String imageId = library.image(entity, collection, "library", containerId, "sha256." + Api.sha256(image))
                .getString("id");
        String uploadUrl = library.announce(imageId, image).expect(200).data().getString("uploadURL");

        assertTrue(api.putFile(uploadUrl, image).expectError(507).startsWith(FULL));
        assertNothingStaged();
        api.get("v1/images/" + entity + "/" + collection + "/library:latest", token)
                .expect(404);
    }

    private void assertRefusedByOci(String collection, Path image) throws IOException {
        Reply refused = api.send(Api.request("v2/" + collection + "/oci/blobs/uploads/?digest=sha256:"
                        + Api.sha256(image))
                .header("Authorization", TestUser.ALICE.basicAuthorization())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(image))).expect(507);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertTrue(error.getString("message").startsWith(FULL), refused.text());
        assertNothingStaged();
        api.send(Api.request("v2/" + collection + "/oci/blobs/sha256:" + Api.sha256(image))
                .header("Authorization", TestUser.ALICE.basicAuthorization())
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).expect(404);
    }

    private void assertRefusedBySregistry(String collection, Path image) throws IOException {
        SregistryClient.Pushed refused = new SregistryClient(TestUser.ALICE.username(), token)
                .push(collection, "sregistry", "v1", image);
        assertTrue(refused.reply().expect(507).json().getString("detail").startsWith(FULL),
                refused.reply().text());
        assertNothingStaged();
    }

    private static void assertNothingStaged() throws IOException {
        assertEquals(List.of(), TestServerStore.staged(), "what is left of the refused upload");
    }

    private void assertPulls(Pushed pushed, Path image) {
        String url = api.get("api/container/" + pushed.collection() + "/" + pushed.container() + ":v1").expect(200)
                .json().getString("image");
        assertEquals(Api.sha256(image), Api.sha256(api.get(url).expect(200).body()));
    }

    /** The server is not ready because of its image store, and still live; returns the store check's data. */
    private JsonObject notReadyStore() {
        JsonObject ready = management.get("health/ready").expect(503).json();
        management.get("health/live").expect(200);
        return ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("image-store"))
                .filter(check -> check.getString("status").equals("DOWN"))
                .findFirst().orElseThrow(() -> new AssertionError("image-store is not down: " + ready))
                .getJsonObject("data");
    }
}
