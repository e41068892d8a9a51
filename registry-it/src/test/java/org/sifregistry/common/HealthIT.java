package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.common.batch.JobHistory;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.UnwritableDirectory;

/**
 * MicroProfile Health on the management interface, as a load balancer probes it (cluster.sh's HAProxy asks
 * {@code /health/ready}): every readiness check answers with its name and data, and an image store that is too full
 * or refuses writes makes the server not ready (503) with the reason, while it stays live.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class HealthIT {

    private static final String MIN_FREE = "registry.storage.min-free";
    private static final String MIN_FREE_AT_START = "${env.REGISTRY_STORAGE_MIN_FREE:1GiB}";
    private static final List<String> READINESS_CHECKS = List.of("database", "image-store", "messaging",
            "job-repository");

    private final Api management = new Api(URI.create("http://127.0.0.1:9990/"));

    @AfterEach
    void defaultFloor() {
        Management.setSystemProperty(MIN_FREE, MIN_FREE_AT_START);
    }

    @Test
    void readyWithEveryNamedCheckUpAndItsData() {
        JsonObject ready = management.get("health/ready").expect(200).json();

        assertEquals("UP", ready.getString("status"));
        Map<String, JsonObject> checks = checks(ready);
        for (String name : READINESS_CHECKS) {
            assertTrue(checks.containsKey(name), name + " in " + ready);
            assertEquals("UP", checks.get(name).getString("status"), name + ": " + checks.get(name));
        }
        JsonObject database = data(checks, "database");
        assertFalse(database.getString("product").isBlank(), database.toString());

        JsonObject store = data(checks, "image-store");
        assertTrue(store.getBoolean("writable"), store.toString());
        assertEquals(1L << 30, store.getJsonNumber("min-free-bytes").longValue(), "the default floor, 1 GiB");
        assertTrue(store.getJsonNumber("free-bytes").longValue() >= 1L << 30, store.toString());
        assertTrue(Files.isDirectory(Path.of(store.getString("directory"), "staging")), store.toString());

        JsonObject messaging = data(checks, "messaging");
        for (String queue : List.of("DLQ", "ImagePushedQueue", "DownloadQueue")) {
            assertTrue(messaging.containsKey(queue + "-depth"), queue + " in " + messaging);
        }
        assertEquals(Management.queuedMessages("DLQ"), messaging.getJsonNumber("DLQ-depth").longValue(),
                "the dead-letter queue's depth, as jboss-cli reads it");

        JsonObject jobs = data(checks, "job-repository");
        for (String job : JobHistory.JOBS) {
            assertTrue(jobs.getJsonNumber(job + "-running").longValue() >= 0, job + " in " + jobs);
        }
    }

    @Test
    void liveAndStartedAnswerUp() {
        assertEquals("UP", management.get("health/live").expect(200).json().getString("status"));
        assertEquals("UP", management.get("health/started").expect(200).json().getString("status"));
    }

    @Test
    void aFloorAboveTheFreeSpaceMakesTheServerUnreadyWithTheReasonUntilItIsLowered() {
        Management.setSystemProperty(MIN_FREE, Long.toString(Long.MAX_VALUE));

        JsonObject store = downStore();
        assertEquals(Long.MAX_VALUE, store.getJsonNumber("min-free-bytes").longValue());
        assertTrue(store.getJsonNumber("free-bytes").longValue() < Long.MAX_VALUE, store.toString());
        assertTrue(store.getString("reason").contains("below the floor"), store.toString());

        Management.setSystemProperty(MIN_FREE, MIN_FREE_AT_START);
        assertEquals("UP", management.get("health/ready").expect(200).json().getString("status"));
    }

    @Test
    void aStoreThatRefusesWritesMakesTheServerUnreadyWithTheReasonUntilItTakesThemAgain() throws IOException {
        Path staging = Path.of(data(checks(management.get("health/ready").expect(200).json()), "image-store")
                .getString("directory"), "staging");

        try (UnwritableDirectory unwritable = UnwritableDirectory.of(staging)) {
            JsonObject store = downStore();
            assertFalse(store.getBoolean("writable"), store.toString());
            assertTrue(store.getString("reason").startsWith("cannot write to the store"), store.toString());
        }

        assertEquals("UP", management.get("health/ready").expect(200).json().getString("status"));
    }

    /**
     * Checks that the server is not ready because of the image store alone, and still live (a restart would not
     * help), and returns the store check's data.
     */
    private JsonObject downStore() {
        Reply reply = management.get("health/ready").expect(503);
        JsonObject ready = reply.json();
        assertEquals("DOWN", ready.getString("status"));
        Map<String, JsonObject> checks = checks(ready);
        assertEquals("DOWN", checks.get("image-store").getString("status"), ready.toString());
        for (String other : List.of("database", "messaging", "job-repository")) {
            assertEquals("UP", checks.get(other).getString("status"), ready.toString());
        }
        management.get("health/live").expect(200);
        return data(checks, "image-store");
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check, (a, b) -> a));
    }

    private static JsonObject data(Map<String, JsonObject> checks, String name) {
        return checks.get(name).getJsonObject("data");
    }
}
