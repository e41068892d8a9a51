package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.HangingUpload;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * A SIGTERM (a service manager's stop) in the middle of an upload: the server suspends, refusing new requests with
 * 503 while the upload under way finishes, then stops by itself within the suspend timeout
 * ({@code org.wildfly.sigterm.suspend.timeout}, which bin/registry-server.sh sets from REGISTRY_SHUTDOWN_TIMEOUT_S
 * and arquillian.xml gives the container "restartable"); started again, it holds the image whole. Runs in the
 * failsafe execution restart.
 */
@RunAsClient
class GracefulStopRestartIT extends RestartableServerTest {

    private static final String ALICE = TestUser.ALICE.username();
    /** arquillian.xml's suspend timeout (30 s), and time to stop after it. */
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(90);

    @Test
    void aStopLetsTheUploadUnderWayFinishAndRefusesNewRequestsUntilTheServerHasStopped() throws Exception {
        Path file = Tools.sif(8 << 20, "uploaded while the server stops");
        startRegistry();
        try {
            String token = TestUser.ALICE.newToken("push");
            LibraryPush library = new LibraryPush(api, token);
            String collection = Names.unique("graceful");
            library.entity(ALICE);
            library.collection(ALICE, collection, false);
            String containerId = library.container(ALICE, collection, "img");
            String hash = "sha256." + Api.sha256(file);
            String imageId = library.image(ALICE, collection, "img", containerId, hash).getString("id");
            String uploadUrl = library.announce(imageId, file).expect(200).data().getString("uploadURL");
            ProcessHandle process = Management.serverProcess();

            try (HangingUpload upload = HangingUpload.start(Api.request(uploadUrl), "PUT", Files.readAllBytes(file))) {
                Tools.run(Duration.ofSeconds(10), Map.of(), "kill", "-TERM", Long.toString(process.pid())).orFail();
                Eventually.await(Duration.ofSeconds(30), () -> api.get("api/container/" + collection + "/img:v1")
                        .status(), status -> status == 503, "new requests to be refused while the server suspends");
                assertEquals(200, upload.finish(), "the upload under way finishes");
            }
            assertTrue(process.onExit().get(STOPPED_WITHIN.toSeconds(), TimeUnit.SECONDS) != null);
            assertTrue(!process.isAlive(), "stopped by itself");

            killServer();
            startServer();
            String image = "v1/imagefile/" + ALICE + "/" + collection + "/img:" + hash + "?arch=" + LibraryPush.ARCH;
            assertEquals(Api.sha256(file), Api.sha256(api.getFollowingRedirects(image).expect(200).body()),
                    "the upload finished during the stop, whole after the restart");
        } finally {
            stopRegistry();
            Tools.deleteQuietly(file);
        }
    }
}
