package org.sifregistry.container.batch;

import java.io.Serializable;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.container.application.ImageMetadataService;
import org.sifregistry.container.application.ParseTarget;

/**
 * Reads the one container the job is about, if it still waits for the reading of the pushed version: a tag moved
 * meanwhile, a redelivered message or a restart after the work was done all read nothing, which is also why it
 * needs no checkpoint.
 */
@Named
@Dependent
public class PendingImageReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String containerId;

    @Inject
    @BatchProperty
    private String version;

    @Inject
    private ImageMetadataService metadata;

    private boolean done;

    /**
     * Also called again on this same reader when a retryable failure rolls the chunk back, and the retry must read
     * the container once more.
     */
    @Override
    public void open(Serializable checkpoint) {
        done = false;
    }

    @Override
    public ParseTarget readItem() {
        if (done) {
            return null;
        }
        done = true;
        return metadata.pending(Long.parseLong(containerId), version).orElse(null);
    }
}
