package org.sifregistry.storage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.sifregistry.site.application.RegistryConfig;

/**
 * The image store the server is configured with: a directory (REGISTRY_STORAGE_DIR), or a bucket of an S3-compatible
 * store (REGISTRY_STORAGE=s3) with that directory for the uploads that arrive in parts.
 */
@ApplicationScoped
public class ImageStoreProducer {

    @Inject
    private RegistryConfig config;

    @Resource
    private ManagedThreadFactory threads;

    /**
     * The store's helpers write, hash and flush beside each upload for as long as it lasts: a pool that grows,
     * because with a bounded one (the server's managed executor) an upload would wait for another's to end.
     */
    private ExecutorService helpers;

    /** The object store's client when the images are there: its connections are closed with the application. */
    private S3Client s3;
    private S3Presigner presigner;

    @PostConstruct
    void startHelpers() {
        helpers = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        helpers.shutdown();
        if (s3 != null) {
            s3.close();
        }
        if (presigner != null) {
            presigner.close();
        }
    }

    @Produces
    @ApplicationScoped
    public ImageStore imageStore() {
        FileSystemImageStore files = new FileSystemImageStore(config.storageDir(), helpers);
        if (!config.storesInS3()) {
            return files;
        }
        S3Location bucket = config.s3Location();
        s3 = bucket.connect();
        presigner = config.s3Redirects() ? bucket.presigner() : null;
        return new S3ImageStore(s3, presigner, bucket.bucket(), files);
    }
}
