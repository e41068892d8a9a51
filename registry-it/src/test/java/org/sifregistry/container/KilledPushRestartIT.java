package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.storage.batch.CollectGarbageSchedule;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.HangingUpload;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OrasClient;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.SregistryClient;
import org.sifregistry.testing.TestServerStore;
import org.sifregistry.testing.TestUser;

/**
 * One {@code kill -9} of the server while pushes stand at every step, in each protocol: a library container created
 * with nothing sent, an upload half sent, an upload sent but not completed, a push just finished (its parse-image
 * queued or running); an OCI chunked upload half done, a monolithic blob half sent, a whole blob with no manifest;
 * an sregistry upload ticket taken, an sregistry upload half sent. After the restart nothing partial is visible
 * (what was sent whole stays whole and untagged until garbage collection), the OCI upload resumes where it stopped,
 * garbage collection leaves no staged file and no orphan image, every image pushes again through its protocol and
 * gets its metadata. Runs in the failsafe execution restart, on the container "restartable" of arquillian.xml.
 */
@RunAsClient
class KilledPushRestartIT extends RestartableServerTest {

    private static final String ALICE = TestUser.ALICE.username();
    private static final List<String> STEPS = List.of("created", "midupload", "uploaded", "pushed", "ocichunked",
            "ocimidblob", "ocinomanifest", "sregistry", "sregistrymidupload");

    private final String oci = TestUser.ALICE.basicAuthorization();
    private final String collection = Names.unique("killed");
    private StepImages images;
    private String token;

    @Test
    void nothingPartialSurvivesAKillAtAnyStepOfAPushAndEveryPushWorksAgain() throws Exception {
        images = new StepImages(collection, STEPS);
        startRegistry();
        token = TestUser.ALICE.newToken("push");
        LibraryPush library = new LibraryPush(api, token);
        SregistryClient sregistry = new SregistryClient(ALICE, token);
        try {
            library.entity(ALICE);
            library.collection(ALICE, collection, false);
            announce(library, "created");
            String uploadUrl = library.announce(announce(library, "midupload"), images.path("midupload")).expect(200)
                    .data().getString("uploadURL");
            HangingUpload libraryUpload = HangingUpload.start(Api.request(uploadUrl), "PUT",
                    images.bytes("midupload"));
            String sentUrl = library.announce(announce(library, "uploaded"), images.path("uploaded")).expect(200)
                    .data().getString("uploadURL");
            api.putFile(sentUrl, images.path("uploaded")).expect(200);
            String chunked = halfChunked("ocichunked");
            HangingUpload blobUpload = HangingUpload.start(ociRequest(blobUploads("ocimidblob") + "?digest="
                    + images.digest("ocimidblob")), "POST", images.bytes("ocimidblob"));
            api.send(ociRequest(blobUploads("ocinomanifest") + "?digest=" + images.digest("ocinomanifest"))
                    .POST(BodyPublishers.ofFile(images.path("ocinomanifest")))).expect(201);
            sregistry.requestUpload("api/upload/chunked_upload", collection, "sregistry", "v1").expect(200);
            long cid = SregistryClient.cid(sregistry.requestUpload("api/upload/chunked_upload", collection,
                    "sregistrymidupload", "v1").expect(200));
            SregistryClient.Upload form = sregistry.uploadCutOff(cid, collection, "sregistrymidupload", "v1",
                    images.path("sregistrymidupload"));
            HangingUpload sregistryUpload = HangingUpload.start(form.request(), "POST", form.body());
            library.push(images.path("pushed"), ALICE, collection, "pushed", "v1");

            killServer();
            libraryUpload.close();
            blobUpload.close();
            sregistryUpload.close();
            startServer();

            assertAbsent("created", "midupload", "ocimidblob", "sregistry", "sregistrymidupload");
            for (String whole : List.of("uploaded", "ocinomanifest")) {
                assertEquals(images.sha256(whole), Api.sha256(api.getFollowingRedirects(imageFile(whole))
                        .expect(200).body()), whole + ": sent whole before the kill, kept whole, tagged nowhere");
                api.get("api/container/" + collection + "/" + whole + ":v1").expectError(404);
            }
            images.assertRead(api, collection, "pushed");
            resume(chunked, "ocichunked");

            assertEquals("COMPLETED", Management.runJob(CollectGarbageSchedule.JOB,
                    Map.of("grace", "PT0S", "uploadAge", "PT0S")));
            assertNothingStaged();
            for (String orphan : List.of("created", "midupload", "ocichunked", "ocimidblob", "ocinomanifest",
                    "sregistrymidupload")) {
                assertFalse(Files.exists(stored(orphan)), "no image file of the step " + orphan);
            }

            for (String step : List.of("created", "midupload", "uploaded")) {
                library.push(images.path(step), ALICE, collection, step, "v1");
            }
            for (String step : List.of("ocichunked", "ocimidblob", "ocinomanifest")) {
                new OrasClient(ALICE, token).push(images.path(step), OrasClient.ref(collection + "/" + step, "v1"),
                        false).orFail();
            }
            for (String step : List.of("sregistry", "sregistrymidupload")) {
                sregistry.push(collection, step, "v1", images.path(step)).reply().expect(200);
            }
            for (String step : STEPS) {
                images.assertRead(api, collection, step);
            }
        } finally {
            stopRegistry();
            images.deleteAll();
        }
    }

    /** Creates the step's container and its image record, as a push does before it sends anything; its id. */
    private String announce(LibraryPush library, String step) {
        String containerId = library.container(ALICE, collection, step);
        return library.image(ALICE, collection, step, containerId, "sha256." + images.sha256(step))
                .getString("id");
    }

    /** Starts an upload and sends half the image in one PATCH; where the upload continues. */
    private String halfChunked(String step) throws IOException {
        String location = api.send(ociRequest(blobUploads(step)).POST(BodyPublishers.noBody())).expect(202)
                .header("Location");
        byte[] content = images.bytes(step);
        return api.send(ociRequest(location.substring(1)).header("Content-Type", "application/octet-stream")
                .method("PATCH", BodyPublishers.ofByteArray(Arrays.copyOf(content, content.length / 2))))
                .expect(202).header("Location");
    }

    /** The upload knows what it had before the kill, takes the rest and completes. */
    private void resume(String location, String step) throws IOException {
        byte[] content = images.bytes(step);
        int half = content.length / 2;
        assertEquals("0-" + (half - 1), api.send(ociRequest(location.substring(1)).GET()).expect(204)
                .header("Range"), "what the upload held when the server was killed");
        String next = api.send(ociRequest(location.substring(1)).header("Content-Type", "application/octet-stream")
                .method("PATCH", BodyPublishers.ofByteArray(Arrays.copyOfRange(content, half, content.length))))
                .expect(202).header("Location");
        api.send(ociRequest(next.substring(1) + "?digest=" + images.digest(step)).PUT(BodyPublishers.noBody()))
                .expect(201);
    }

    private void assertAbsent(String... steps) {
        for (String step : steps) {
            api.get(imageFile(step), token).expectError(404);
            api.get("api/container/" + collection + "/" + step + ":v1").expectError(404);
        }
        assertEquals(404, api.send(ociRequest(blobs("ocimidblob")).method("HEAD", BodyPublishers.noBody()))
                .status(), "a blob half sent");
    }

    private static void assertNothingStaged() throws IOException {
        assertEquals(List.of(), TestServerStore.staged(), "uploads the kill cut short");
    }

    private Path stored(String step) {
        return TestServerStore.image(images.sha256(step));
    }

    private String imageFile(String step) {
        return images.imageFile(collection, step);
    }

    private String blobUploads(String step) {
        return "v2/" + collection + "/" + step + "/blobs/uploads/";
    }

    private String blobs(String step) {
        return "v2/" + collection + "/" + step + "/blobs/" + images.digest(step);
    }

    private HttpRequest.Builder ociRequest(String pathOrUrl) {
        return Api.request(pathOrUrl).header("Authorization", oci);
    }
}
