package org.sifregistry.common.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.sifregistry.storage.ImageTooLargeException;

class RegistryMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RegistryMetrics metrics = new RegistryMetrics(registry);

    @Test
    void everyCounterExistsAtZeroFromTheStart() {
        for (Protocol protocol : Protocol.values()) {
            assertEquals(0, count("registry.pushes", protocol, Outcome.SUCCESS));
            assertEquals(0, count("registry.pulls", protocol, Outcome.FAILURE));
            assertEquals(0, registry.get("registry.upload.failures").tag("protocol", protocol.tag())
                    .tag("reason", UploadFailure.ERROR.tag()).counter().count());
        }
        assertEquals(0, registry.get("registry.parse.image").timer().count());
    }

    @Test
    void aFailedUploadStepCountsAFailedPushWithItsReasonAndIsThrownOn() {
        ImageTooLargeException tooLarge = new ImageTooLargeException(10);

        var thrown = assertThrows(ImageTooLargeException.class, () -> metrics.uploading(Protocol.ORAS, () -> {
            throw tooLarge;
        }));

        assertSame(tooLarge, thrown);
        assertEquals(1, count("registry.pushes", Protocol.ORAS, Outcome.FAILURE));
        assertEquals(1, registry.get("registry.upload.failures").tag("protocol", "oras").tag("reason", "too_large")
                .counter().count());
        assertEquals(0, count("registry.pushes", Protocol.LIBRARY, Outcome.FAILURE));
    }

    @Test
    void aStepThatSucceedsCountsNoFailureAndGivesItsResult() {
        assertEquals("done", metrics.uploading(Protocol.LIBRARY, () -> "done"));
        metrics.pushed(Protocol.LIBRARY);
        metrics.received(Protocol.LIBRARY, 1234);

        assertEquals(1, count("registry.pushes", Protocol.LIBRARY, Outcome.SUCCESS));
        assertEquals(0, count("registry.pushes", Protocol.LIBRARY, Outcome.FAILURE));
        assertEquals(1234, registry.get("registry.received.bytes").tag("protocol", "library").counter().count());
    }

    @Test
    void aTransferThatBrokeOffCountsAFailedPullAndTheBytesSent() {
        metrics.pullBrokeOff(Protocol.SHUB, 100);
        metrics.sent(Protocol.SHUB, 50);
        metrics.imageParsed(Duration.ofMillis(20));

        assertEquals(1, count("registry.pulls", Protocol.SHUB, Outcome.FAILURE));
        assertEquals(0, count("registry.pulls", Protocol.SHUB, Outcome.SUCCESS));
        assertEquals(150, registry.get("registry.sent.bytes").tag("protocol", "shub").counter().count());
        assertEquals(1, registry.get("registry.parse.image").timer().count());
    }

    private double count(String name, Protocol protocol, Outcome outcome) {
        return registry.get(name).tag("protocol", protocol.tag()).tag("outcome", outcome.tag()).counter().count();
    }
}
