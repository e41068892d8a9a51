package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.stats.batch.UpdateDownloadsSchedule;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Download counts stay exact when the server is killed in the middle of a burst of pulls: events the broker held
 * and events staged but not yet counted are all counted after the restart, none twice. Runs in a failsafe execution
 * of its own, on a server this test starts and kills (arquillian.xml, container "restartable").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DownloadCountRestartIT {

    private static final String SERVER = "restartable";
    private static final String REGISTRY = "registry";
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(60);
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final ModelNode DOWNLOAD_QUEUE = Operations.createAddress("subsystem", "messaging-activemq",
            "server", "default", "jms-queue", "DownloadQueue");
    private static final ModelNode BATCH = Operations.createAddress("deployment", "registry.ear",
            "subdeployment", "registry-batch.jar", "subsystem", "batch-jberet");

    @ArquillianResource
    private ContainerController server;

    @ArquillianResource
    private Deployer deployer;

    private final Api api = new Api();

    @Deployment(name = REGISTRY, managed = false, testable = false)
    static EnterpriseArchive registry() {
        return Deployments.registryEar();
    }

    @Test
    void countsEveryPullOnceAcrossAKill() throws Exception {
        server.start(SERVER);
        deployer.deploy(REGISTRY);
        Path image = Tools.sif(16 * 1024, "restart-it");
        String collection = Names.unique("restart");
        LibraryPush.Pushed pushed = new LibraryPush(api, TestUser.ALICE.pushToken())
                .push(image, TestUser.ALICE.username(), collection, "counted", "v1");
        String shub = "api/container/" + collection + "/counted:v1";

        int beforeKill = pull(shub, 300);
        // Killed at once: events are on the queue, staged, or being folded
        server.kill(SERVER);
        server.start(SERVER);
        int afterRestart = pull(shub, 100);

        long expected = beforeKill + afterRestart;
        String container = "v1/containers/" + pushed.ref();
        Eventually.await(Duration.ofSeconds(120), () -> downloadCount(container), count -> count >= expected,
                "the count to reach " + expected);
        assertEquals("COMPLETED", updateDownloadsOnceTheQueueIsEmpty());
        assertEquals(expected, downloadCount(container));

        deployer.undeploy(REGISTRY);
        server.stop(SERVER);
    }

    /** Pulls as the shub client does; returns how many pulls succeeded, each a whole image. */
    private int pull(String shub, int times) {
        int pulled = 0;
        for (int i = 0; i < times; i++) {
            String url = api.get(shub).expect(200).json().getString("image");
            api.get(url).expect(200);
            pulled++;
        }
        return pulled;
    }

    /**
     * Waits until the broker has handed over every event, redeliveries too, then runs update-downloads and returns
     * how that run ended: it counts whatever is left, so a second count of anything shows after it.
     */
    private static String updateDownloadsOnceTheQueueIsEmpty() throws IOException {
        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", 9990)) {
            Eventually.await(SETTLED_WITHIN, () -> manage(management, Operations.createReadAttributeOperation(
                    DOWNLOAD_QUEUE, "message-count")).asLong(), queued -> queued == 0, "the download queue to empty");
            ModelNode start = Operations.createOperation("start-job", BATCH);
            start.get("job-xml-name").set(UpdateDownloadsSchedule.JOB);
            ModelNode run = BATCH.clone().add("job", UpdateDownloadsSchedule.JOB)
                    .add("execution", manage(management, start).asString());
            return Eventually.await(SETTLED_WITHIN, () -> manage(management,
                    Operations.createReadAttributeOperation(run, "batch-status")).asString(), ENDED::contains,
                    "the run of " + UpdateDownloadsSchedule.JOB + " to end");
        }
    }

    /** The result of a management operation on the server; fails the test if the operation fails. */
    private static ModelNode manage(ModelControllerClient management, ModelNode operation) {
        try {
            ModelNode outcome = management.execute(operation);
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new AssertionError(operation + " failed: " + Operations.getFailureDescription(outcome));
            }
            return Operations.readResult(outcome);
        } catch (IOException e) {
            throw new AssertionError("The server's management API did not answer " + operation, e);
        }
    }

    private long downloadCount(String container) {
        return api.get(container, TestUser.ALICE.pullToken()).expect(200)
                .data().getJsonNumber("downloadCount").longValue();
    }
}
