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

import org.sifregistry.site.application.RegistryConfig;

/** The image store the server is configured with: a directory (REGISTRY_STORAGE_DIR). */
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

    @PostConstruct
    void startHelpers() {
        helpers = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stopHelpers() {
        helpers.shutdown();
    }

    @Produces
    @ApplicationScoped
    public ImageStore imageStore() {
        return new FileSystemImageStore(config.storageDir(), helpers);
    }
}
