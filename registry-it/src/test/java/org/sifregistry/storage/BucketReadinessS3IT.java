package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;

/**
 * The readiness check of a server that keeps its images on an object store (execution s3): {@code image-store} is up
 * while the bucket answers, and names the endpoint and bucket it probes (BucketProbeTest has the ways it goes down).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class BucketReadinessS3IT {

    private final Api management = new Api(URI.create("http://127.0.0.1:9990/"));

    @Test
    void theImageStoreCheckIsUpWithTheBucketItProbes() {
        JsonObject ready = management.get("health/ready").expect(200).json();

        JsonObject store = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("image-store")).findFirst().orElseThrow();
        assertEquals("UP", store.getString("status"), store.toString());
        assertEquals(System.getenv("REGISTRY_S3_BUCKET"), store.getJsonObject("data").getString("bucket"));
        assertEquals(System.getenv("REGISTRY_S3_ENDPOINT"), store.getJsonObject("data").getString("endpoint"));
    }
}
