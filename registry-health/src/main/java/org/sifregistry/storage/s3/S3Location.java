package org.sifregistry.storage.s3;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Where the images are on an S3-compatible object store, and how to sign in to it (README, Storage): the
 * REGISTRY_S3_* settings, which wildfly-config's registry.cli makes system properties.
 *
 * @param endpoint  the store's URL (Ceph RGW, MinIO, AWS: https://s3.&lt;region&gt;.amazonaws.com)
 * @param pathStyle whether the bucket goes in the path ({@code endpoint/bucket/key}), as most stores other than
 *                  AWS need, rather than in the host name
 */
public record S3Location(URI endpoint, String region, String bucket, String accessKey, String secretKey,
                         boolean pathStyle) {

    /** Why a server that needs a bucket has none. */
    public static final String NOT_CONFIGURED = "No object store is configured: set REGISTRY_S3_ENDPOINT, "
            + "REGISTRY_S3_BUCKET and its keys (README, Storage)";

    public S3Location {
        Objects.requireNonNull(endpoint, "endpoint");
        region = required(region, "region");
        bucket = required(bucket, "bucket");
        accessKey = required(accessKey, "access key");
        secretKey = required(secretKey, "secret key");
    }

    /**
     * The bucket of the REGISTRY_S3_* settings; empty where REGISTRY_S3_ENDPOINT or REGISTRY_S3_BUCKET is not set.
     *
     * @throws IllegalArgumentException if they are set but a key is not
     */
    public static Optional<S3Location> configured() {
        String endpoint = property("registry.s3.endpoint", "");
        String bucket = property("registry.s3.bucket", "");
        if (endpoint.isEmpty() || bucket.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new S3Location(URI.create(endpoint), property("registry.s3.region", "us-east-1"), bucket,
                property("registry.s3.access-key", ""), property("registry.s3.secret-key", ""),
                Boolean.parseBoolean(property("registry.s3.path-style", "true"))));
    }

    /**
     * A client on Apache's HttpClient 5 (no Netty in the EAR) that computes and checks
     * checksums only where S3 requires them: the SDK's default CRC trailers, since 2.30, break many stores that
     * are not AWS.
     */
    public S3Client connect() {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .forcePathStyle(pathStyle)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder())
                .build();
    }

    /** Signs GET URLs of the bucket's objects, without a request to the store. */
    public S3Presigner presigner() {
        return S3Presigner.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build())
                .build();
    }

    /** Never the secret, in a log line or an exception. */
    @Override
    public String toString() {
        return "S3Location[" + endpoint + ", region " + region + ", bucket " + bucket + ", access key " + accessKey
                + (pathStyle ? ", path-style]" : "]");
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The object store's " + what + " is not set");
        }
        return value.strip();
    }
}
