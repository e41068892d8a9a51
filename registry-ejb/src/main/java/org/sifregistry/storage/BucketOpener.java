package org.sifregistry.storage;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sifregistry.site.application.RegistryConfig;

/**
 * Opens the object store's bucket when the application starts, and makes it if it is missing, so that a new server
 * on an empty store is ready at once: its readiness check probes the bucket, and nothing else would make it before
 * the first upload, which a load balancer holds back until the server is ready. A store that cannot be reached then
 * is what the readiness check reports, and the first use opens the bucket again.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BucketOpener {

    private static final Logger LOG = Logger.getLogger(BucketOpener.class.getName());

    @Inject
    private RegistryConfig config;

    @Inject
    private ImageStoreProducer stores;

    @PostConstruct
    void open() {
        if (!config.storesInS3()) {
            return;
        }
        try {
            stores.bucket();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not open the image bucket at start; the readiness check reports it, and "
                    + "its first use tries again: {0}", e.getMessage());
        }
    }
}
