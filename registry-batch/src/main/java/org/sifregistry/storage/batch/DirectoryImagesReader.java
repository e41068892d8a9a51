package org.sifregistry.storage.batch;

import java.io.IOException;
import java.io.Serializable;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.FileSystemImageStore;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageDirectory;

/**
 * Reads the digests of the images in REGISTRY_STORAGE_DIR in the order of their hex. The checkpoint is the last hex
 * read, so a restarted run goes on from there. How many it will read is the step's persistent user data, which the
 * jobs page shows beside the counts.
 */
@Named
@Dependent
public class DirectoryImagesReader extends AbstractItemReader {

    @Inject
    @ImageDirectory
    private FileSystemImageStore directory;

    @Inject
    private RegistryConfig config;

    @Inject
    private StepContext step;

    private DigestCursor cursor;

    /** Refuses to run without a bucket to copy to, before anything else, with the reason on the jobs page. */
    @Override
    public void open(Serializable checkpoint) throws IOException {
        config.s3Location();
        cursor = DigestCursor.after(directory, (String) checkpoint);
        step.setPersistentUserData((long) cursor.size());
    }

    @Override
    public ImageDigest readItem() {
        return cursor.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor.checkpoint();
    }
}
