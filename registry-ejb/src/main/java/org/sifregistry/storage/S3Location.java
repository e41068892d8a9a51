package org.sifregistry.storage;

import java.net.URI;
import java.util.Objects;

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
 * Where the images are on an S3-compatible object store, and how to sign in to it (README, Image store).
 *
 * @param endpoint  the store's URL (Ceph RGW, MinIO, AWS: https://s3.&lt;region&gt;.amazonaws.com)
 * @param pathStyle whether the bucket goes in the path ({@code endpoint/bucket/key}), as most stores other than
 *                  AWS need, rather than in the host name
 */
public record S3Location(URI endpoint, String region, String bucket, String accessKey, String secretKey,
                         boolean pathStyle) {

    public S3Location {
        Objects.requireNonNull(endpoint, "endpoint");
        region = required(region, "region");
        bucket = required(bucket, "bucket");
        accessKey = required(accessKey, "access key");
        secretKey = required(secretKey, "secret key");
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

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The object store's " + what + " is not set");
        }
        return value.strip();
    }
}
