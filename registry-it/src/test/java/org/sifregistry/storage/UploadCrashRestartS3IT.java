package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.storage.batch.CollectGarbageSchedule;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.HangingUpload;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.TestBucket;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * A server killed in the middle of a library multipart upload to the object store: after the restart nothing of it
 * is visible, garbage collection leaves no pending multipart upload and no staged object in the bucket, and the
 * image can be pushed again. Runs in the failsafe execution restart-s3, on a server this test starts and kills
 * (arquillian.xml, container "restartable-s3"), with the REGISTRY_S3_* settings of the execution s3.
 */
@RunAsClient
class UploadCrashRestartS3IT extends RestartableServerTest {

    private static final String ALICE = TestUser.ALICE.username();

    /** Alice's, taken once the server is up. */
    private String token;

    @Override
    protected String server() {
        return "restartable-s3";
    }

    @Test
    void aKillDuringAMultipartUploadLeavesNothingVisibleAndNothingInTheBucketAfterGarbageCollection()
            throws Exception {
        startRegistry();
        token = TestUser.ALICE.newToken("push");
        Path file = Tools.sif(40L << 20, "killed upload");
        byte[] content = Files.readAllBytes(file);
        String hex = Api.sha256(file);
        String collection = Names.unique("crash");
        LibraryPush push = new LibraryPush(api, token);
        push.collection(ALICE, collection, false);
        String containerId = push.container(ALICE, collection, "img");
        String imageId = push.image(ALICE, collection, "img", containerId, "sha256." + hex).getString("id");
        String multipart = "v2/imagefile/" + imageId + "/_multipart";
        JsonObject started = api.post(multipart, token, Api.object().add("filesize", content.length).build())
                .expect(200).data();
        String uploadId = started.getString("uploadID");
        int partSize = (int) started.getJsonNumber("partSize").longValue();
        api.putBytes(partUrl(multipart, uploadId, 1, partSize), Arrays.copyOf(content, partSize)).expect(200);

        try (HangingUpload secondPart = HangingUpload.start(Api.request(partUrl(multipart, uploadId, 2,
                content.length - partSize)), "PUT", Arrays.copyOfRange(content, partSize, content.length))) {
            killServer();
        }

        try (TestBucket bucket = new TestBucket()) {
            assertTrue(bucket.pendingUploads().contains(S3ImageStore.STAGING + uploadId),
                    "the killed upload is pending in the store: " + bucket.pendingUploads());
            startServer();

            api.get("v1/imagefile/" + ALICE + "/" + collection + "/img:sha256." + hex + "?arch=" + LibraryPush.ARCH,
                    token).expectError(404);
            assertEquals("COMPLETED", Management.runJob(CollectGarbageSchedule.JOB,
                    Map.of("grace", "PT0S", "uploadAge", "PT0S")));
            assertEquals(List.of(), bucket.pendingUploads(), "no pending multipart upload");
            assertEquals(List.of(), bucket.keys(S3ImageStore.STAGING), "no staged object, no upload's record");
            assertFalse(bucket.keys(S3ImageStore.IMAGES).contains(S3ImageStore.IMAGES + hex), "no image");

            LibraryPush.Pushed pushed = push.push(file, ALICE, collection, "img", "v1");
            String location = api.get("v1/imagefile/" + pushed.ref() + ":v1?arch=" + LibraryPush.ARCH, token)
                    .expect(303).header("Location");
            assertEquals(hex, Api.sha256(api.get(location).expect(200).body()));
            assertTrue(bucket.keys(S3ImageStore.IMAGES).contains(S3ImageStore.IMAGES + hex), "pushed again");
        }
        stopRegistry();
    }

    private String partUrl(String multipart, String uploadId, int partNumber, long length) {
        return api.put(multipart, token, Api.object().add("partSize", length).add("uploadID", uploadId)
                .add("partNumber", partNumber).add("sha256sum", "").build()).expect(200).data()
                .getString("presignedURL");
    }
}
