package org.sifregistry.storage.batch;

import java.io.IOException;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.storage.FileSystemImageStore;
import org.sifregistry.storage.ImageBucket;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageDirectory;
import org.sifregistry.storage.S3ImageStore;
import org.sifregistry.storage.StagedImage;

/**
 * Sends an image from the directory to the bucket's staging area, hashing it on the way, and hands the verified copy
 * to the writer. An image the bucket has already is filtered out (so a second run or a restart is cheap); one whose
 * content does not match its name is a {@link CorruptImageException}, which the job skips and lists.
 */
@Named
@Dependent
public class ImageCopyProcessor implements ItemProcessor {

    @Inject
    @ImageDirectory
    private FileSystemImageStore directory;

    /** Looked up on first use: the reader has checked by then that a bucket is configured. */
    @Inject
    @ImageBucket
    private Instance<S3ImageStore> bucket;

    private ImageCopier copier;

    @Override
    public StagedImage processItem(Object item) throws IOException, CorruptImageException {
        if (copier == null) {
            copier = new ImageCopier(directory, bucket.get());
        }
        return copier.stage((ImageDigest) item).orElse(null);
    }
}
