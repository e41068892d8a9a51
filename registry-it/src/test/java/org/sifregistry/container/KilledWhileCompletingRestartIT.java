package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.storage.batch.CollectGarbageSchedule;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OrasClient;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.RowLocks;
import org.sifregistry.testing.SregistryClient;
import org.sifregistry.testing.TestServerStore;
import org.sifregistry.testing.TestUser;

/**
 * A {@code kill -9} of the server in the two steps of a push too short to hit by timing (KilledPushRestartIT kills
 * around them): while pushes complete, their images stored and their records not yet committed, in each protocol,
 * and while parse-image reads a pushed image. The test holds each step there on a row lock of its own transaction
 * ({@link RowLocks}): the library upload on its image's row, which accepting the upload updates; the {@code oras://}
 * manifest and the sregistry upload on a shared lock of their collection's row, which publishing a push locks for
 * itself (the sregistry upload records and stores its image first); parse-image on the label it adds. Once the
 * server's statements wait, the server is killed and the locks let go. After the restart nothing of the cut pushes
 * is visible, the image whose reading was cut is read, garbage collection leaves no staged file and no orphan image,
 * and each push works again through its protocol. MariaDB only (the restart execution of the MariaDB run): an
 * embedded H2 cannot be locked from outside the server.
 */
@RunAsClient
class KilledWhileCompletingRestartIT extends RestartableServerTest {

    private static final String ALICE = TestUser.ALICE.username();
    /** An OCI config blob, {@code {}}, as Apptainer pushes it. */
    private static final byte[] CONFIG = "{}".getBytes(StandardCharsets.UTF_8);

    private final String oci = TestUser.ALICE.basicAuthorization();
    /** A collection for each step: locking one's row holds only that step's push. */
    private final String library = Names.unique("completing");
    private final String orasCollection = Names.unique("completing");
    private final String sregistryCollection = Names.unique("completing");
    private StepImages images;
    private final List<CompletableFuture<?>> cut = new ArrayList<>();
    private String token;

    @Test
    void nothingPartialSurvivesAKillDuringCompletionOrParsingAndEveryPushWorksAgain() throws Exception {
        String url = System.getenv("REGISTRY_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:mariadb:"), "holds rows of MariaDB: the MariaDB run only");
        images = new StepImages(library, List.of("library", "oras", "sregistry", "parsing"));
        startRegistry();
        token = TestUser.ALICE.newToken("push");
        LibraryPush libraryPush = new LibraryPush(api, token);
        SregistryClient sregistry = new SregistryClient(ALICE, token);
        try (Connection database = DriverManager.getConnection(url, System.getenv("REGISTRY_DB_USER"),
                System.getenv("REGISTRY_DB_PASSWORD"))) {
            libraryPush.entity(ALICE);
            for (String collection : List.of(library, orasCollection, sregistryCollection)) {
                libraryPush.collection(ALICE, collection, false);
            }
            String containerId = libraryPush.container(ALICE, library, "library");
            String imageId = libraryPush.image(ALICE, library, "library", containerId,
                    "sha256." + images.sha256("library"))
                    .getString("id");
            String uploadUrl = libraryPush.announce(imageId, images.path("library")).expect(200).data()
                    .getString("uploadURL");
            postBlob(CONFIG);
            postBlob(images.bytes("oras"));
            long cid = SregistryClient.cid(sregistry.requestUpload("api/upload/chunked_upload", sregistryCollection,
                    "sregistry", "v1").expect(200));

            database.setAutoCommit(false);
            RowLocks.holdLabel(database, library + " parsing");
            RowLocks.lock(database, "SELECT id FROM images WHERE id = ? FOR UPDATE", RowLocks.only(database,
                    "SELECT i.id FROM images i JOIN collections c ON c.id = i.collection_id"
                            + " WHERE c.name = ? AND i.name = 'library'", library));
            for (String collection : List.of(orasCollection, sregistryCollection)) {
                RowLocks.lock(database, "SELECT id FROM collections WHERE id = ? LOCK IN SHARE MODE",
                        RowLocks.only(database, "SELECT id FROM collections WHERE name = ?", collection));
            }
            libraryPush.push(images.path("parsing"), ALICE, library, "parsing", "v1");
            cut.add(HttpClient.newHttpClient().sendAsync(Api.request(uploadUrl)
                    .header("Content-Type", "application/octet-stream")
                    .PUT(BodyPublishers.ofFile(images.path("library"))).build(), BodyHandlers.discarding()));
            cut.add(HttpClient.newHttpClient().sendAsync(ociRequest("v2/" + orasCollection + "/oras/manifests/v1")
                    .header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
                    .PUT(BodyPublishers.ofString(manifest())).build(), BodyHandlers.discarding()));
            cut.add(CompletableFuture.runAsync(() -> sregistry.upload(cid, sregistryCollection, "sregistry", "v1",
                    images.path("sregistry"))));
            RowLocks.awaitWaiting(database, Map.of("INSERT INTO labels%", 1, "UPDATE images %", 1,
                    "%FROM collections%FOR UPDATE%", 2));

            killServer();
            database.rollback();
            cut.forEach(request -> request.handle((answer, failure) -> null).join());
            startServer();

            api.get(images.imageFile(library, "library"), token).expectError(404);
            assertEquals(404, api.send(ociRequest("v2/" + orasCollection + "/oras/manifests/v1").GET()).status(),
                    "the manifest cut short");
            api.get("api/container/" + sregistryCollection + "/sregistry:v1").expectError(404);
            images.assertRead(api, library, "parsing");

            assertEquals("COMPLETED", Management.runJob(CollectGarbageSchedule.JOB,
                    Map.of("grace", "PT0S", "uploadAge", "PT0S")));
            assertEquals(List.of(), TestServerStore.staged(), "uploads the kill cut short");
            for (String step : List.of("library", "oras", "sregistry")) {
                assertFalse(Files.exists(TestServerStore.image(images.sha256(step))),
                        "no image file of the step " + step);
            }

            libraryPush.push(images.path("library"), ALICE, library, "library", "v1");
            new OrasClient(ALICE, token).push(images.path("oras"), OrasClient.ref(orasCollection + "/oras", "v1"),
                    false).orFail();
            sregistry.push(sregistryCollection, "sregistry", "v1", images.path("sregistry")).reply().expect(200);
            images.assertRead(api, library, "library");
            images.assertRead(api, orasCollection, "oras");
            images.assertRead(api, sregistryCollection, "sregistry");
        } finally {
            stopRegistry();
            images.deleteAll();
        }
    }

    /** A monolithic blob upload to the {@code oras://} step's repository. */
    private void postBlob(byte[] content) {
        api.send(ociRequest("v2/" + orasCollection + "/oras/blobs/uploads/?digest=sha256:" + Api.sha256(content))
                .POST(BodyPublishers.ofByteArray(content))).expect(201);
    }

    /** The manifest Apptainer pushes for a SIF. */
    private String manifest() throws IOException {
        return "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{"
                + "\"mediaType\":\"application/vnd.sylabs.sif.config.v1+json\",\"size\":" + CONFIG.length
                + ",\"digest\":\"sha256:" + Api.sha256(CONFIG) + "\"},\"layers\":[{\"mediaType\":"
                + "\"application/vnd.sylabs.sif.layer.v1.sif\",\"size\":" + Files.size(images.path("oras"))
                + ",\"digest\":\"" + images.digest("oras") + "\",\"annotations\":{"
                + "\"org.opencontainers.image.title\":\"oras.sif\"}}]}";
    }

    private HttpRequest.Builder ociRequest(String pathOrUrl) {
        return Api.request(pathOrUrl).header("Authorization", oci);
    }
}
