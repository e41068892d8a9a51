package org.sifregistry.testing;

import java.net.URI;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The bucket of the object store the test server keeps its images in, seen from the test with the REGISTRY_S3_*
 * settings the failsafe execution gives both (registry-it's pom, execution s3): what is really there, whatever the
 * server says.
 */
public final class TestBucket implements AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public TestBucket() {
        bucket = required("REGISTRY_S3_BUCKET");
        s3 = S3Client.builder()
                .endpointOverride(URI.create(required("REGISTRY_S3_ENDPOINT")))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        required("REGISTRY_S3_ACCESS_KEY"), required("REGISTRY_S3_SECRET_KEY"))))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder())
                .build();
    }

    /** The keys under {@code prefix} ({@code sha256/}, {@code staging/}). */
    public List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    /** The keys of the multipart uploads begun and neither completed nor aborted. */
    public List<String> pendingUploads() {
        return s3.listMultipartUploadsPaginator(request -> request.bucket(bucket)).uploads().stream()
                .map(MultipartUpload::key).toList();
    }

    @Override
    public void close() {
        s3.close();
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: this test runs in the failsafe execution s3");
        }
        return value;
    }
}
