package org.sifregistry.storage.health;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the image store takes a write where uploads are staged and keeps at least REGISTRY_STORAGE_MIN_FREE
 * free: a node that would fail every push gets none. Both settings are the system properties registry.cli and
 * health.cli define, read at every probe so that an admin may change the floor on a running server. Its data: the
 * store's directory, whether it is writable, free bytes and the floor, and the reason when it is down. On an object
 * store (REGISTRY_STORAGE=s3), ready while its bucket answers ({@link BucketProbe}).
 */
@Readiness
@ApplicationScoped
public class ImageStoreCheck implements HealthCheck {

    private static final String STORAGE = "registry.storage";
    private static final String STORAGE_DIR = "registry.storage.dir";
    private static final String MIN_FREE = "registry.storage.min-free";
    private static final String DEFAULT_MIN_FREE = "1GiB";

    private final BucketProbe bucket = new BucketProbe();

    @PreDestroy
    void close() {
        bucket.close();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("image-store");
        return "s3".equals(System.getProperty(STORAGE, "").strip()) ? bucket(response) : directory(response);
    }

    /** Its data: the store's endpoint and bucket, and the reason when it is down. */
    private HealthCheckResponse bucket(HealthCheckResponseBuilder response) {
        Optional<String> problem = bucket.problem();
        bucket.location().ifPresent(where -> response.withData("endpoint", where.endpoint().toString())
                .withData("bucket", where.bucket()));
        return problem.map(reason -> response.down().withData("reason", reason)).orElseGet(response::up).build();
    }

    private static HealthCheckResponse directory(HealthCheckResponseBuilder response) {
        String storageDir = System.getProperty(STORAGE_DIR);
        if (storageDir == null || storageDir.isBlank()) {
            return response.down().withData("reason", "the system property " + STORAGE_DIR + " is not set").build();
        }
        response.withData("directory", storageDir);
        StagingArea staging = StagingArea.of(Path.of(storageDir.strip()));
        long free;
        try {
            free = staging.usableSpace();
            staging.probeWrite();
        } catch (IOException | RuntimeException e) {
            return response.down().withData("writable", false)
                    .withData("reason", "cannot write to the store: " + e).build();
        }
        response.withData("writable", true).withData("free-bytes", free);
        FreeSpaceFloor floor;
        try {
            floor = FreeSpaceFloor.parse(System.getProperty(MIN_FREE, DEFAULT_MIN_FREE));
        } catch (IllegalArgumentException misconfigured) {
            return response.down().withData("reason", "the system property " + MIN_FREE
                    + " (REGISTRY_STORAGE_MIN_FREE): " + misconfigured.getMessage()).build();
        }
        response.withData("min-free-bytes", floor.bytes());
        if (!floor.isMetBy(free)) {
            return response.down().withData("reason", "only " + free + " bytes free, below the floor of "
                    + floor.bytes() + " (REGISTRY_STORAGE_MIN_FREE)").build();
        }
        return response.up().build();
    }
}
