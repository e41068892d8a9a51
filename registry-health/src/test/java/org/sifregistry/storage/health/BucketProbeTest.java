package org.sifregistry.storage.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import software.amazon.awssdk.services.s3.S3Client;

import org.sifregistry.storage.s3.S3Location;

/**
 * The probe of the image-store check on an object store, against S3Proxy in the test's JVM: no problem while the
 * bucket answers, and the reason when the keys are wrong, nothing listens or nothing is configured.
 */
class BucketProbeTest {

    private static final String BUCKET = "images";
    private static final List<String> SETTINGS = List.of("registry.s3.endpoint", "registry.s3.bucket",
            "registry.s3.access-key", "registry.s3.secret-key");

    @RegisterExtension
    final S3ProxyExtension server = S3ProxyExtension.builder()
            .withCredentials("registry", "registry-secret")
            .withBlobStoreProvider("transient-nio2")
            .build();

    private final BucketProbe probe = new BucketProbe();

    @AfterEach
    void forgetTheSettings() {
        probe.close();
        SETTINGS.forEach(System::clearProperty);
    }

    @Test
    void noProblemWhileTheBucketAnswersTheRegistrysKeys() {
        try (S3Client s3 = new S3Location(server.getUri(), "us-east-1", BUCKET, "registry", "registry-secret", true)
                .connect()) {
            s3.createBucket(request -> request.bucket(BUCKET));
        }
        configure(server.getUri(), "registry-secret");

        assertEquals(Optional.empty(), probe.problem());
        assertEquals(BUCKET, probe.location().orElseThrow().bucket());
    }

    @Test
    void wrongKeysAreAProblemWithTheStoresAnswer() {
        configure(server.getUri(), "not-the-secret");

        String problem = probe.problem().orElseThrow();

        assertTrue(problem.startsWith("cannot reach the bucket: ") && problem.contains("403"), problem);
    }

    @Test
    void nothingListeningAtTheEndpointIsAProblemWithinTheTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        configure(URI.create("http://127.0.0.1:" + closedPort), "registry-secret");

        assertTrue(probe.problem().orElseThrow().startsWith("cannot reach the bucket: "));
    }

    @Test
    void noBucketConfiguredIsAProblemThatSaysWhatToSet() {
        assertEquals(Optional.of(S3Location.NOT_CONFIGURED), probe.problem());
        assertEquals(Optional.empty(), probe.location());
    }

    private static void configure(URI endpoint, String secret) {
        System.setProperty("registry.s3.endpoint", endpoint.toString());
        System.setProperty("registry.s3.bucket", BUCKET);
        System.setProperty("registry.s3.access-key", "registry");
        System.setProperty("registry.s3.secret-key", secret);
    }
}
