package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Prometheus;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The Prometheus scrape at the management interface's /prometheus: the registry's meters move by exactly what a
 * push and a pull did, and WildFly's own JVM metrics are there beside them. Each test compares a scrape before
 * with one after; the tests of one run go one at a time, so nothing else pushes or pulls in between.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class MetricsIT {

    private static final String ALICE = TestUser.ALICE.username();
    private static final String ARCH = "?arch=" + LibraryPush.ARCH;
    private static final Duration JOB_TIME = Duration.ofSeconds(60);

    private final Api api = new Api();
    private final LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());

    @Test
    void aPushAndAPullMoveTheirCountersAndBytesByWhatHappened() {
        Path file = Tools.sif(64 * 1024, "metrics push and pull");
        try {
            Prometheus before = Prometheus.scrape();

            Pushed pushed = push.push(file, ALICE, Names.unique("metrics"), "img", "latest");
            Reply redirect = api.get("v1/imagefile/" + pushed.ref() + ":latest" + ARCH).expect(303);
            Reply pulled = api.get(redirect.header("Location")).expect(200);

            Prometheus after = Prometheus.scrape();
            assertEquals(pushed.size(), pulled.body().length);
            assertEquals(1, after.since(before, "registry_pushes_total", "protocol", "library", "outcome", "success"));
            assertEquals(0, after.since(before, "registry_pushes_total", "outcome", "failure"));
            assertEquals(pushed.size(), after.since(before, "registry_received_bytes_total", "protocol", "library"));
            assertEquals(pushed.size(), after.since(before, "registry_received_bytes_total"));
            assertEquals(1, after.since(before, "registry_pulls_total", "protocol", "library", "outcome", "success"));
            assertEquals(1, after.since(before, "registry_pulls_total"));
            assertEquals(pushed.size(), after.since(before, "registry_sent_bytes_total", "protocol", "library"));
            assertEquals(pushed.size(), after.since(before, "registry_sent_bytes_total"));
        } finally {
            Tools.deleteQuietly(file);
        }
    }

    @Test
    void anUploadOfOtherBytesCountsAFailedPushWithItsReason() throws IOException {
        Path announced = Tools.sif(4096, "metrics announced");
        try {
            byte[] other = Files.readAllBytes(announced);
            other[other.length - 1] ^= 1;
            String collection = Names.unique("metricsfail");
            push.entity(ALICE);
            push.collection(ALICE, collection, false);
            String containerId = push.container(ALICE, collection, "img");
            String imageId = push.image(ALICE, collection, "img", containerId, "sha256." + Api.sha256(announced))
                    .getString("id");
            String uploadUrl = push.announce(imageId, announced).expect(200).data().getString("uploadURL");
            Prometheus before = Prometheus.scrape();

            api.putBytes(uploadUrl, other).expectError(400);

            Prometheus after = Prometheus.scrape();
            assertEquals(1, after.since(before, "registry_upload_failures_total", "protocol", "library",
                    "reason", "mismatch"));
            assertEquals(1, after.since(before, "registry_upload_failures_total"));
            assertEquals(1, after.since(before, "registry_pushes_total", "protocol", "library", "outcome", "failure"));
            assertEquals(0, after.since(before, "registry_pushes_total", "outcome", "success"));
            assertEquals(other.length, after.since(before, "registry_received_bytes_total", "protocol", "library"));
        } finally {
            Tools.deleteQuietly(announced);
        }
    }

    @Test
    void repeatedLookupsAndTokensAreCountedAsHitsAndMisses() {
        Path file = Tools.sif(4096, "metrics lookups");
        try {
            Pushed pushed = pushedAndRead(file, "metricslookup");
            String lookup = "api/container/" + pushed.collection() + "/img:latest";
            Prometheus before = Prometheus.scrape();

            api.get(lookup).expect(200);
            api.get(lookup).expect(200);

            Prometheus between = Prometheus.scrape();
            assertEquals(1, between.since(before, "registry_lookup_cache_total", "cache", "answers", "result", "miss"));
            assertEquals(1, between.since(before, "registry_lookup_cache_total", "cache", "answers", "result", "hit"));

            // Not a lookup the answer cache keeps: every request reaches the API, which verifies the token. The
            // first may read it from the database; the later ones find it kept
            for (int i = 0; i < 3; i++) {
                api.get("v1/entities/" + ALICE, TestUser.ALICE.pullToken()).expect(200);
            }

            Prometheus after = Prometheus.scrape();
            assertTrue(after.since(between, "registry_lookup_cache_total", "cache", "tokens", "result", "hit") >= 1,
                    "a later use of the token is answered from memory");
        } finally {
            Tools.deleteQuietly(file);
        }
    }

    @Test
    void lookupsThatMissTogetherAreComputedOnce() throws Exception {
        Path file = Tools.sif(4096, "metrics lookups at once");
        int clients = 16;
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            Pushed pushed = pushedAndRead(file, "metricsonce");
            String lookup = "v1/images/" + pushed.ref() + ":latest" + ARCH;
            Prometheus before = Prometheus.scrape();

            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                replies.add(threads.submit(() -> {
                    start.await();
                    return api.get(lookup).expect(200);
                }));
            }
            start.countDown();
            Set<String> answers = new HashSet<>();
            for (Future<Reply> reply : replies) {
                answers.add(reply.get(JOB_TIME.toSeconds(), TimeUnit.SECONDS).text());
            }

            Prometheus after = Prometheus.scrape();
            assertEquals(1, answers.size(), "every client is given the same answer");
            assertEquals(1, after.since(before, "registry_lookup_cache_total", "cache", "answers", "result", "miss"),
                    "the API computed it once");
            assertEquals(clients - 1,
                    after.since(before, "registry_lookup_cache_total", "cache", "answers", "result", "hit"));
        } finally {
            threads.shutdownNow();
            Tools.deleteQuietly(file);
        }
    }

    @Test
    void recordingATokensUseKeepsWhatIsKept() {
        Path file = Tools.sif(4096, "metrics token use");
        try {
            Pushed pushed = pushedAndRead(file, "metricsuse");
            String lookup = "api/container/" + pushed.collection() + "/img:latest";
            String unused = TestUser.ALICE.newToken("pull");
            api.get(lookup).expect(200);
            Prometheus before = Prometheus.scrape();

            // Its first use is written (and audited): no kept answer shows when a token was last used
            api.get("v1/entities/" + ALICE, unused).expect(200);
            api.get(lookup).expect(200);

            Prometheus after = Prometheus.scrape();
            assertEquals(0, after.since(before, "registry_lookup_cache_total", "cache", "answers", "result", "miss"));
            assertEquals(1, after.since(before, "registry_lookup_cache_total", "cache", "answers", "result", "hit"));
        } finally {
            Tools.deleteQuietly(file);
        }
    }

    @Test
    void parsingIsTimedAndTheGaugesShowTheStore() {
        Path file = Tools.sif(4096, "metrics parse");
        try {
            Prometheus before = Prometheus.scrape();
            Pushed pushed = push.push(file, ALICE, Names.unique("metricsparse"), "img", "latest");

            Prometheus parsed = Eventually.await(JOB_TIME, Duration.ofMillis(500), Prometheus::scrape,
                    now -> now.since(before, "registry_parse_image_seconds_count") >= 1, "the image to be parsed");
            assertTrue(parsed.since(before, "registry_parse_image_seconds_sum") > 0);
            for (String gauge : new String[] {"registry_parse_image_backlog", "registry_downloads_uncounted"}) {
                assertTrue(parsed.has(gauge), gauge + " in\n" + parsed.text());
            }
            // The store's gauges count once a minute
            Eventually.await(JOB_TIME.plusSeconds(30), Duration.ofMillis(500), Prometheus::scrape,
                    now -> now.value("registry_stored_images") >= 1 && now.value("registry_stored_bytes")
                            >= pushed.size(), "the pushed image in the stored gauges");
        } finally {
            Tools.deleteQuietly(file);
        }
    }

    @Test
    void wildFlysOwnMetricsAreThereBesideTheRegistrys() {
        Prometheus scrape = Prometheus.scrape();

        assertFalse(scrape.samples("registry_pushes_total", "WF_DEPLOYMENT", "registry.ear").isEmpty(),
                "the registry's meters, tagged with their deployment: " + scrape.samples("registry_pushes_total"));
        assertTrue(scrape.value("jvm_memory_used_bytes", "area", "heap") > 0, scrape.text());
        assertTrue(scrape.value("jvm_threads_live_threads") > 0, scrape.text());
        assertTrue(scrape.has("jvm_gc_memory_allocated_bytes_total"), scrape.text());
    }

    @Test
    void theBaseMetricsSubsystemStillAnswersWithoutTheRegistrysMeters() {
        Reply base = api.get(Prometheus.SCRAPE.resolve("/metrics").toString()).expect(200);

        assertTrue(base.text().contains("memory"), base.text());
        assertFalse(base.text().contains("registry_pushes"), base.text());
    }

    /**
     * Pushes the image as Alice's img:latest in a collection of its own and waits until it has been read: reading it
     * writes the container, which retires the answers kept for it.
     */
    private Pushed pushedAndRead(Path file, String collectionPrefix) {
        Pushed pushed = push.push(file, ALICE, Names.unique(collectionPrefix), "img", "latest");
        Eventually.await(JOB_TIME, () -> api.get("api/browse/containers/" + pushed.collection() + "/img:latest",
                TestUser.ALICE.pullToken()).expect(200).json().getString("parseStatus"), "PARSED"::equals,
                "the image to be read");
        return pushed;
    }
}
