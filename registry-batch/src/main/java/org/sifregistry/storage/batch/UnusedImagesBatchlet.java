package org.sifregistry.storage.batch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.container.application.ImageCollector;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StoredImage;

/**
 * Forgets images no tag has pointed at for {@code grace} (an ISO-8601 duration) and the manifests kept for them;
 * OCI manifests that are not SIFs' and that nothing needs (untagged, unlisted, referring to nothing kept) after the
 * same grace; and blob links no manifest of their repository lists after {@code uploadAge} (what an abandoned
 * upload is given). Then it deletes every stored file no container, image or blob link uses any more. A file
 * stored or pushed again within the grace period is spared, so an upload finishing while this runs keeps its file.
 */
@Named
@Dependent
public class UnusedImagesBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String grace;

    @Inject
    @BatchProperty
    private String uploadAge;

    @Inject
    private StepContext step;

    @Inject
    private ImageStore store;

    @Inject
    private ImageCollector collector;

    @Inject
    private Clock clock;

    @Inject
    private RegistryMetrics metrics;

    private volatile boolean stopped;

    @Override
    public String process() throws IOException {
        Instant cutoff = clock.instant().minus(Duration.parse(grace));
        int forgotten = collector.forgetUntaggedImages(cutoff);
        int manifests = collector.forgetManifestsOfGoneImages() + collector.forgetUnneededManifests(cutoff);
        int links = collector.forgetUnlistedBlobs(clock.instant().minus(Duration.parse(uploadAge)));
        int deleted = 0;
        try (Stream<ImageDigest> digests = store.digests()) {
            for (Iterator<ImageDigest> it = digests.iterator(); it.hasNext() && !stopped; ) {
                ImageDigest digest = it.next();
                if (!collector.isUsed(digest)) {
                    long size = store.find(digest).map(StoredImage::size).orElse(0L);
                    if (store.deleteIfOlderThan(digest, cutoff)) {
                        deleted++;
                        metrics.garbageCollected(size);
                    }
                }
            }
        }
        step.setExitStatus("UNTAGGED_IMAGES " + forgotten + " MANIFESTS " + manifests + " BLOB_LINKS " + links
                + " FILES " + deleted);
        return stopped ? "STOPPED" : "COMPLETED";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
