package org.sifregistry.storage.health;

import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

import org.sifregistry.storage.s3.S3Location;

/**
 * Whether the bucket of a server that keeps its images on an object store answers a HEAD, signed with the registry's
 * keys, within {@link #TIMEOUT}. It probes with the settings it first found, as the store does, and keeps its
 * client: one connection however often a load balancer asks.
 */
final class BucketProbe implements AutoCloseable {

    /** Well below a load balancer's usual check timeout, the SDK's retries included. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private S3Location location;
    private S3Client s3;

    /** Why the bucket cannot take the registry's requests now; empty while it answers. */
    synchronized Optional<String> problem() {
        if (location == null) {
            try {
                location = S3Location.configured().orElse(null);
            } catch (IllegalArgumentException incomplete) {
                return Optional.of(incomplete.getMessage());
            }
            if (location == null) {
                return Optional.of(S3Location.NOT_CONFIGURED);
            }
            s3 = location.connect();
        }
        try {
            s3.headBucket(request -> request.bucket(location.bucket())
                    .overrideConfiguration(call -> call.apiCallTimeout(TIMEOUT)));
            return Optional.empty();
        } catch (SdkException e) {
            return Optional.of("cannot reach the bucket: " + e.getMessage());
        }
    }

    /** The bucket probed, once {@link #problem} found it configured. */
    synchronized Optional<S3Location> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public synchronized void close() {
        if (s3 != null) {
            s3.close();
        }
    }
}
