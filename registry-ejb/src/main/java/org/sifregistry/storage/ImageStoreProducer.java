package org.sifregistry.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.sifregistry.site.application.RegistryConfig;

/** The image store the server is configured with: a directory (REGISTRY_STORAGE_DIR). */
@ApplicationScoped
public class ImageStoreProducer {

    @Inject
    private RegistryConfig config;

    @Produces
    @ApplicationScoped
    public ImageStore imageStore() {
        return new FileSystemImageStore(config.storageDir());
    }
}
