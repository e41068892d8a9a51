package org.sifregistry.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.sifregistry.storage.s3.S3Location;

/**
 * The image store the server is configured with: a directory (REGISTRY_STORAGE_DIR), or a bucket of an S3-compatible
 * store (REGISTRY_STORAGE=s3).
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

    /** REGISTRY_STORAGE_DIR; one instance, so that its record of parted uploads is the same for every user. */
    private FileSystemImageStore directory;
    /** The bucket alone, made on first use: a server on the directory needs it only to move its images. */
    private S3ImageStore bucket;

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
        if (!config.storesInS3()) {
            return directory();
        }
        S3ImageStore images = bucket();
        // Only while images wait in the directory to be moved: afterwards a miss in the bucket is not looked up twice
        return holdsImages(directory()) ? new DirectoryFallbackImageStore(images, directory()) : images;
    }

    /** The images in REGISTRY_STORAGE_DIR, read by {@code migrate-storage} whatever the server stores in. */
    @Produces
    @ImageDirectory
    public synchronized FileSystemImageStore directory() {
        if (directory == null) {
            directory = new FileSystemImageStore(config.storageDir(), helpers);
        }
        return directory;
    }

    /**
     * The bucket of the REGISTRY_S3_* settings, without a fallback to the directory.
     *
     * @throws IllegalStateException if REGISTRY_S3_ENDPOINT or REGISTRY_S3_BUCKET is not set, or the store cannot
     *                               be reached
     */
    @Produces
    @ImageBucket
    public synchronized S3ImageStore bucket() {
        if (bucket == null) {
            S3Location location = config.s3Location();
            s3 = location.connect();
            // Whether downloads are redirected is asked at each one (ImageDownloads), so an admin may switch it
            presigner = config.storesInS3() ? location.presigner() : null;
            bucket = new S3ImageStore(s3, presigner, location.bucket());
        }
        return bucket;
    }

    /** Whether a store holds any image; stops at the first. */
    static boolean holdsImages(ImageStore store) {
        try (var digests = store.digests()) {
            return digests.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the images in the storage directory", e);
        }
    }
}
