package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sifregistry.testing.TestUser.ALICE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sifregistry.container.batch.ParseImageJob;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Cluster;
import org.sifregistry.testing.Cluster.Node;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.JobsPage;
import org.sifregistry.testing.JobsPage.Run;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.RowLocks;
import org.sifregistry.testing.Tools;

/**
 * On the two-node cluster of {@code ./cluster.sh}: a {@code parse-image} run cut short by its node's death is finished
 * by the other node, so the image still gets its metadata (issue 21: "kill a node while parse-image runs for a fresh
 * push: the image still gets its metadata").
 * <p>
 * Reading a header takes milliseconds, too short to kill a node in. So the test holds the run on its node: it has
 * inserted, uncommitted, the label the image carries into the shared database, and the run, adding that label, waits
 * for the test's transaction on the label's unique key. The node is killed while the run waits; the test then rolls
 * its insert back.
 */
class ParseImageClusterIT {

    private static final String JOB = ParseImageJob.NAME;
    /** Rendering the job page is a few hundred queries, so it is read once a second. */
    private static final Duration POLL = Duration.ofSeconds(1);
    /** The other node restarts the runs of a departed node once a minute; the restarted run is quick. */
    private static final Duration FINISHED_WITHIN = Duration.ofMinutes(3);

    private Path image;

    @AfterEach
    void removeImage() {
        Tools.deleteQuietly(image);
    }

    @Test
    void aRunCutShortByItsNodesDeathIsFinishedByTheOtherNode() throws SQLException {
        String note = Names.unique("interrupted");
        image = Tools.sif(4 << 10, note);
        String collection = Names.unique("interrupted");
        JobsPage page = new JobsPage(Node.NODE1);
        long before = page.latest(JOB);

        Run held;
        try (Connection database = Cluster.database()) {
            database.setAutoCommit(false);
            RowLocks.holdLabel(database, note);
            new LibraryPush(new Api(Node.NODE1.base()), ALICE.pushToken())
                    .push(image, ALICE.username(), collection, "held", "v1");
            held = Eventually.await(Duration.ofMinutes(1), POLL, () -> page.runsAfter(JOB, before),
                    runs -> !runs.isEmpty() && "STARTED".equals(runs.get(0).status()),
                    "the run reading the pushed image to wait for the held label").get(0);
            Cluster.kill(Node.named(held.node()));
            database.rollback();
        }

        Node killed = Node.named(held.node());
        Node survivor = killed.other();
        try {
            Api api = new Api(survivor.base());
            String shub = "api/container/" + collection + "/held:v1";
            JsonObject metadata = Eventually.await(FINISHED_WITHIN, POLL,
                    () -> api.get(shub, ALICE.pullToken()).expect(200).json().getJsonObject("metadata"),
                    read -> "PARSED".equals(read.getString("parseStatus")), "the image to be read on " + survivor);
            assertEquals(note, metadata.getJsonObject("labels").getString(RowLocks.LABEL));

            List<Run> runs = new JobsPage(survivor).runsAfter(JOB, before);
            Run cutShort = runs.stream().filter(run -> run.execution() == held.execution()).findFirst().orElseThrow();
            assertEquals("FAILED", cutShort.status(), "the run on " + killed + ", marked failed when restarted: " + runs);
            assertTrue(runs.stream().anyMatch(run -> run.execution() > held.execution()
                    && run.node().equals(survivor.nodeName()) && "COMPLETED".equals(run.status())),
                    "its restart on " + survivor + ": " + runs);
        } finally {
            Cluster.start(killed);
        }
    }
}
