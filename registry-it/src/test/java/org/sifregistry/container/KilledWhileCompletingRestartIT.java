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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.storage.batch.CollectGarbageSchedule;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OrasClient;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.RowLocks;
import org.sifregistry.testing.SregistryClient;
import org.sifregistry.testing.TestServerStore;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * A {@code kill -9} of the server in the two steps of a push too short to hit by timing (KilledPushRestartIT kills
 * around them): while pushes complete, their images stored and their records not yet committed, in each protocol,
 * and while parse-image reads a pushed image. The test holds each step there on a row lock of its own transaction
 * ({@link RowLocks}): the library upload on its image's row, which accepting the upload updates; the {@code oras://}
 * manifest and the sregistry upload on a shared lock of their collection's row, which publishing a push locks for
 * itself (the sregistry upload records and stores its image first); parse-image on the label it adds. Once the server's statements wait, the server is killed and the locks let go. After the restart
 * nothing of the cut pushes is visible, the image whose reading was cut is read, garbage collection leaves no staged
 * file and no orphan image, and each push works again through its protocol. MariaDB only (the restart execution of
 * the MariaDB run): an embedded H2 cannot be locked from outside the server.
 */
@RunAsClient
class KilledWhileCompletingRestartIT extends RestartableServerTest {

    private static final String ALICE = TestUser.ALICE.username();
    private static final Duration READ_WITHIN = Duration.ofMinutes(2);
    /** An OCI config blob, {@code {}}, as Apptainer pushes it. */
    private static final byte[] CONFIG = "{}".getBytes(StandardCharsets.UTF_8);

    private final String oci = TestUser.ALICE.basicAuthorization();
    /** A collection for each step: locking one's row holds only that step's push. */
    private final String library = Names.unique("completing");
    private final String orasCollection = Names.unique("completing");
    private final String sregistryCollection = Names.unique("completing");
    private final Map<String, Path> images = new LinkedHashMap<>();
    private final List<CompletableFuture<?>> cut = new ArrayList<>();
    private String token;

    @Test
    void nothingPartialSurvivesAKillDuringCompletionOrParsingAndEveryPushWorksAgain() throws Exception {
        String url = System.getenv("REGISTRY_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:mariadb:"), "holds rows of MariaDB: the MariaDB run only");
        for (String step : List.of("library", "oras", "sregistry", "parsing")) {
            images.put(step, Tools.sif(4 << 20, library + " " + step));
        }
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
            String imageId = libraryPush.image(ALICE, library, "library", containerId, "sha256." + sha256("library"))
                    .getString("id");
            String uploadUrl = libraryPush.announce(imageId, images.get("library")).expect(200).data()
                    .getString("uploadURL");
            postBlob(CONFIG);
            postBlob(Files.readAllBytes(images.get("oras")));
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
            libraryPush.push(images.get("parsing"), ALICE, library, "parsing", "v1");
            cut.add(HttpClient.newHttpClient().sendAsync(Api.request(uploadUrl)
                    .header("Content-Type", "application/octet-stream")
                    .PUT(BodyPublishers.ofFile(images.get("library"))).build(), BodyHandlers.discarding()));
            cut.add(HttpClient.newHttpClient().sendAsync(ociRequest("v2/" + orasCollection + "/oras/manifests/v1")
                    .header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
                    .PUT(BodyPublishers.ofString(manifest())).build(), BodyHandlers.discarding()));
            cut.add(CompletableFuture.runAsync(() -> sregistry.upload(cid, sregistryCollection, "sregistry", "v1",
                    images.get("sregistry"))));
            RowLocks.awaitWaiting(database, Map.of("INSERT INTO labels%", 1, "UPDATE images %", 1,
                    "%FROM collections%FOR UPDATE%", 2));

            killServer();
            database.rollback();
            cut.forEach(request -> request.handle((answer, failure) -> null).join());
            startServer();

            api.get(imageFile("library", library), token).expectError(404);
            assertEquals(404, api.send(ociRequest("v2/" + orasCollection + "/oras/manifests/v1").GET()).status(),
                    "the manifest cut short");
            api.get("api/container/" + sregistryCollection + "/sregistry:v1").expectError(404);
            assertRead(library, "parsing");

            assertEquals("COMPLETED", Management.runJob(CollectGarbageSchedule.JOB,
                    Map.of("grace", "PT0S", "uploadAge", "PT0S")));
            assertEquals(List.of(), TestServerStore.staged(), "uploads the kill cut short");
            for (String step : List.of("library", "oras", "sregistry")) {
                assertFalse(Files.exists(TestServerStore.image(sha256(step))), "no image file of the step " + step);
            }

            libraryPush.push(images.get("library"), ALICE, library, "library", "v1");
            new OrasClient(ALICE, token).push(images.get("oras"), OrasClient.ref(orasCollection + "/oras", "v1"),
                    false).orFail();
            sregistry.push(sregistryCollection, "sregistry", "v1", images.get("sregistry")).reply().expect(200);
            assertRead(library, "library");
            assertRead(orasCollection, "oras");
            assertRead(sregistryCollection, "sregistry");
        } finally {
            stopRegistry();
            images.values().forEach(Tools::deleteQuietly);
        }
    }

    /** The image of {@code step}, tagged v1 in {@code collection}, pulls whole and has been read by parse-image. */
    private void assertRead(String collection, String step) {
        String shub = "api/container/" + collection + "/" + step + ":v1";
        JsonObject metadata = Eventually.await(READ_WITHIN, () -> api.get(shub).expect(200).json()
                .getJsonObject("metadata"), read -> "PARSED".equals(read.getString("parseStatus")),
                "the image of " + step + " to be read");
        assertEquals(library + " " + step, metadata.getJsonObject("labels").getString(RowLocks.LABEL));
        String image = api.get(shub).expect(200).json().getString("image");
        assertEquals(sha256(step), Api.sha256(api.get(image).expect(200).body()));
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
                + "\"application/vnd.sylabs.sif.layer.v1.sif\",\"size\":" + Files.size(images.get("oras"))
                + ",\"digest\":\"sha256:" + sha256("oras") + "\",\"annotations\":{"
                + "\"org.opencontainers.image.title\":\"oras.sif\"}}]}";
    }

    private String sha256(String step) {
        return Api.sha256(images.get(step));
    }

    private String imageFile(String step, String collection) {
        return "v1/imagefile/" + ALICE + "/" + collection + "/" + step + ":sha256." + sha256(step) + "?arch="
                + LibraryPush.ARCH;
    }

    private HttpRequest.Builder ociRequest(String pathOrUrl) {
        return Api.request(pathOrUrl).header("Authorization", oci);
    }
}
