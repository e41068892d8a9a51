package org.sifregistry.testing;

import java.net.URI;
import java.util.List;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.sifregistry.storage.s3.S3Location;

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
        s3 = new S3Location(URI.create(required("REGISTRY_S3_ENDPOINT")), "us-east-1", bucket,
                required("REGISTRY_S3_ACCESS_KEY"), required("REGISTRY_S3_SECRET_KEY"), true).connect();
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
