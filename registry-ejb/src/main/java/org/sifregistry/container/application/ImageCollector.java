package org.sifregistry.container.application;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.storage.ImageDigest;

/**
 * Garbage collection's view of the database: which image records are abandoned or no longer tagged, and whether a
 * stored file is still used. The {@code collect-garbage} job removes the files.
 */
@Stateless
public class ImageCollector {

    @Inject
    private ImageRepository images;

    public int forgetAbandonedUploads(Instant cutoff) {
        return images.forgetAbandonedBefore(cutoff);
    }

    public int forgetUntaggedImages(Instant cutoff) {
        return images.forgetUntaggedBefore(cutoff);
    }

    public boolean isUsed(ImageDigest digest) {
        return images.isStoredFileUsed(digest);
    }
}
