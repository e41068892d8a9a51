package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Management;
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
        assertEquals("COMPLETED", Management.updateDownloadsOnceTheQueueIsEmpty());
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

    private long downloadCount(String container) {
        return api.get(container, TestUser.ALICE.pullToken()).expect(200)
                .data().getJsonNumber("downloadCount").longValue();
    }
}
