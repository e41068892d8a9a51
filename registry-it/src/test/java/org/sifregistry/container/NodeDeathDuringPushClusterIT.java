package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sifregistry.testing.TestUser.ALICE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Cluster;
import org.sifregistry.testing.Cluster.Node;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.Tools;

/**
 * On the two-node cluster of {@code ./cluster.sh}: a node killed in the middle of a 1 GiB multipart library push
 * through the load balancer (whose parts land on both nodes) costs that push and nothing else. Nothing of it is ever
 * visible, a fresh push completes on the survivor, and no staged part is left behind.
 */
class NodeDeathDuringPushClusterIT {

    /** Far into the upload, far from its end: 32 MiB parts, 32 of them. */
    private static final long KILL_AFTER_BYTES = 256L << 20;
    private static final Duration SAMPLING = Duration.ofMillis(20);

    private Path image;

    @AfterEach
    void bringBackNode1AndRemoveTheImage() {
        Cluster.start(Node.NODE1);
        if (image != null) {
            Tools.deleteQuietly(image);
        }
    }

    @Test
    void aNodeKilledDuringAMultipartPushLeavesNothingPartialAndAFreshPushCompletes() throws Exception {
        image = Tools.sif(1L << 30, "killed push");
        String sha256 = Api.sha256(image);
        String collection = Names.unique("killed");
        String ref = ALICE + "/" + collection + "/big";
        Set<Path> stagedBefore = stagedUploads();
        LibraryClient throughBalancer = new LibraryClient(Api.BASE, ALICE.pushToken());

        // Asks node 2 (which lives) all along whether the tag shows anything: only the whole image may ever show.
        AtomicBoolean watching = new AtomicBoolean(true);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Api node2 = new Api(Node.NODE2.base());
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            while (watching.get()) {
                Reply lookup = node2.get("v1/images/" + ref + ":v1", ALICE.pullToken());
                seen.add(lookup.status() == 200 ? lookup.data().getString("hash") : "status " + lookup.status());
                // Samples fifty times a second, leaving the cores to the push
                LockSupport.parkNanos(SAMPLING.toNanos());
            }
        });

        // May fail or not, depending on whether a request of it was on node 1 when it died
        CompletableFuture<?> killed = CompletableFuture.runAsync(() -> throughBalancer.push(image, ref, "v1"))
                .exceptionally(failure -> null);
        Eventually.await(Duration.ofMinutes(5), () -> largestNewStagedUpload(stagedBefore),
                size -> size >= KILL_AFTER_BYTES,
                "the push to be " + KILL_AFTER_BYTES + " bytes into its upload");
        Cluster.kill(Node.NODE1);
        killed.get();

        Tools.Result fresh = throughBalancer.push(image, ref, "v1");
        watching.set(false);
        watcher.get();

        assertTrue(fresh.stdout().contains("pushed sha256=" + sha256), fresh.describe());
        Path pulled = Tools.downloadTarget("after kill");
        try {
            Tools.Result pull = new LibraryClient(Node.NODE2.base(), ALICE.pushToken()).pull(ref, "v1", pulled).orFail();
            assertTrue(pull.stdout().contains("pulled sha256=" + sha256), pull.describe());
        } finally {
            Tools.deleteQuietly(pulled);
        }
        seen.removeIf(answer -> answer.startsWith("status 404"));
        assertTrue(Set.of("sha256." + sha256).containsAll(seen),
                "while the pushes ran, the tag showed nothing but the whole image: " + seen);
        assertEquals(Set.of(), newStagedUploads(stagedBefore), "staged parts left behind");
    }

    private static long largestNewStagedUpload(Set<Path> before) {
        return newStagedUploads(before).stream().mapToLong(NodeDeathDuringPushClusterIT::size).max().orElse(0);
    }

    private static Set<Path> newStagedUploads(Set<Path> before) {
        Set<Path> now = new HashSet<>(stagedUploads());
        now.removeAll(before);
        return now;
    }

    private static Set<Path> stagedUploads() {
        if (!Files.isDirectory(Cluster.staging())) {
            return Set.of(); // a new store makes it at its first upload
        }
        try (Stream<Path> files = Files.list(Cluster.staging())) {
            return Set.copyOf(files.filter(f -> f.getFileName().toString().startsWith("multipart-")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException vanished) {
            return 0;
        }
    }
}
