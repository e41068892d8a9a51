package org.sifregistry.storage.batch;

import java.io.IOException;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.storage.FileSystemImageStore;
import org.sifregistry.storage.ImageBucket;
import org.sifregistry.storage.ImageDirectory;
import org.sifregistry.storage.S3ImageStore;
import org.sifregistry.storage.StagedImage;

/**
 * Publishes the verified copies under their digests in the bucket. A chunk that fails before leaves its staged
 * copies to the staging sweep of {@code collect-garbage}; the restarted run copies those images again.
 */
@Named
@Dependent
public class ImageCopyWriter extends AbstractItemWriter {

    @Inject
    @ImageDirectory
    private FileSystemImageStore directory;

    @Inject
    @ImageBucket
    private Instance<S3ImageStore> bucket;

    @Override
    public void writeItems(List<Object> items) throws IOException {
        ImageCopier copier = new ImageCopier(directory, bucket.get());
        for (Object item : items) {
            copier.commit((StagedImage) item);
        }
    }
}
