package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Download counts stay exact when the server is killed in the middle of a burst of pulls: events the broker held
 * and events staged but not yet counted are all counted after the restart, none twice. Runs in a failsafe execution
 * of its own, on a server this test starts and kills (arquillian.xml, container "restartable").
 */
@RunAsClient
class DownloadCountRestartIT extends RestartableServerTest {

    @Test
    void countsEveryPullOnceAcrossAKill() throws Exception {
        startRegistry();
        Path image = Tools.sif(16 * 1024, "restart-it");
        String collection = Names.unique("restart");
        LibraryPush.Pushed pushed = new LibraryPush(api, TestUser.ALICE.newToken("push"))
                .push(image, TestUser.ALICE.username(), collection, "counted", "v1");
        String shub = "api/container/" + collection + "/counted:v1";

        int beforeKill = pull(shub, 300);
        // Killed at once: events are on the queue, staged, or being folded
        killServer();
        startServer();
        int afterRestart = pull(shub, 100);

        long expected = beforeKill + afterRestart;
        String container = "v1/containers/" + pushed.ref();
        Eventually.await(Duration.ofSeconds(120), () -> downloadCount(container), count -> count >= expected,
                "the count to reach " + expected);
        assertEquals("COMPLETED", Management.updateDownloadsOnceTheQueueIsEmpty());
        assertEquals(expected, downloadCount(container));

        stopRegistry();
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
