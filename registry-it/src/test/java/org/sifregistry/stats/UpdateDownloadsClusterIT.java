package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sifregistry.testing.TestUser.ALICE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sifregistry.stats.batch.UpdateDownloadsSchedule;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Cluster;
import org.sifregistry.testing.Cluster.Node;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.JobsPage;
import org.sifregistry.testing.JobsPage.Run;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Tools;

/**
 * On the two-node cluster of {@code ./cluster.sh}: the schedule that starts {@code update-downloads} every five seconds
 * fires on one node per period, not on each, and goes on firing on the other node when that one is killed (issue
 * 21: "a scheduled job fires once per period in the cluster, and keeps firing after the node that ran it dies").
 * Pulls keep download events waiting, so every firing starts a run, and the job page shows each run's node.
 */
class UpdateDownloadsClusterIT {

    private static final String JOB = UpdateDownloadsSchedule.JOB;
    /** Runs watched while both nodes are up: with a timer on each node they would come from both, ~2 a period. */
    private static final int MORE_RUNS = 5;
    /**
     * The first of five more runs cannot start before the next period, nor the fifth before four more: 20 s, less a
     * little for runs seen late. Timers on both nodes would take about half that.
     */
    private static final Duration FIVE_MORE_RUNS_TAKE_AT_LEAST = Duration.ofSeconds(18);
    /** Rendering the job page is a few hundred queries, so it is read once a second. */
    private static final Duration POLL = Duration.ofSeconds(1);
    /**
     * A kill can leave a run marked as under way, which holds the schedule back until the survivor's check for runs of
     * departed nodes (once a minute) restarts it.
     */
    private static final Duration GOES_ON_WITHIN = Duration.ofMinutes(3);

    private final ScheduledExecutorService puller = Executors.newSingleThreadScheduledExecutor();
    private Path image;

    @AfterEach
    void stopPulling() throws InterruptedException {
        puller.shutdownNow();
        puller.awaitTermination(1, TimeUnit.MINUTES);
        Tools.deleteQuietly(image);
    }

    @Test
    void firesOncePerPeriodOnOneNodeAndGoesOnOnTheOtherWhenItDies() {
        image = Tools.sif(4 << 10, "scheduled");
        String collection = Names.unique("scheduled");
        new LibraryPush(new Api(), ALICE.pushToken()).push(image, ALICE.username(), collection, "pulled", "v1");
        pullFourTimesASecond("api/container/" + collection + "/pulled:v1");

        JobsPage page = new JobsPage(Node.NODE1);
        long before = page.latest(JOB);
        int seen = Eventually.await(Duration.ofMinutes(1), POLL, () -> page.runsAfter(JOB, before),
                runs -> !runs.isEmpty(), "a run of " + JOB).size();
        Instant seenAt = Instant.now();
        List<Run> watched = Eventually.await(Duration.ofMinutes(2), POLL, () -> page.runsAfter(JOB, before),
                runs -> runs.size() >= seen + MORE_RUNS, MORE_RUNS + " more runs of " + JOB);
        Duration took = Duration.between(seenAt, Instant.now());

        assertTrue(took.compareTo(FIVE_MORE_RUNS_TAKE_AT_LEAST) >= 0,
                MORE_RUNS + " more runs in " + took + ": " + watched);
        Set<String> nodes = watched.stream().map(Run::node).collect(Collectors.toSet());
        assertEquals(1, nodes.size(), "one node fires the schedule: " + watched);

        Node firing = Node.named(nodes.iterator().next());
        Node survivor = firing.other();
        long beforeKill = watched.get(0).execution();
        Cluster.kill(firing);
        try {
            JobsPage survivorsPage = new JobsPage(survivor);
            Eventually.await(GOES_ON_WITHIN, POLL, () -> survivorsPage.runsAfter(JOB, beforeKill).stream()
                            .filter(run -> run.node().equals(survivor.nodeName()) && "COMPLETED".equals(run.status()))
                            .count(),
                    completed -> completed >= 3, "three runs of " + JOB + " on " + survivor + " once " + firing
                            + " is killed");
        } finally {
            Cluster.start(firing);
        }
    }

    /**
     * Pulls the image through the load balancer in the background, so that events wait to be counted at every
     * firing; a pull that fails while a node is being killed is simply not counted.
     */
    private void pullFourTimesASecond(String shub) {
        Api api = new Api();
        puller.scheduleWithFixedDelay(() -> {
            try {
                api.get(api.get(shub).expect(200).json().getString("image")).expect(200);
            } catch (RuntimeException | AssertionError failedWhileANodeDies) {
                // the next pull goes to the node that is left
            }
        }, 0, 250, TimeUnit.MILLISECONDS);
    }
}
