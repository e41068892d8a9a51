package org.sifregistry.storage.batch;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;

import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageStore;

/**
 * The digests of a store in the order of their hex, from after a checkpoint (the last hex read): a run that restarts
 * goes on where its last chunk ended, not from the start. The store lists its images in no order, so they are sorted
 * here, those before the checkpoint left out: about 100 bytes an image, 100 MB for a million.
 */
final class DigestCursor {

    private final ImageDigest[] digests;
    private int next;
    private String checkpoint;

    private DigestCursor(ImageDigest[] digests, String checkpoint) {
        this.digests = digests;
        this.checkpoint = checkpoint;
    }

    /** The store's digests after {@code checkpoint}; all of them if it is null. */
    static DigestCursor after(ImageStore store, String checkpoint) throws IOException {
        try (Stream<ImageDigest> all = store.digests()) {
            ImageDigest[] remaining = all
                    .filter(digest -> checkpoint == null || digest.hex().compareTo(checkpoint) > 0)
                    .toArray(ImageDigest[]::new);
            Arrays.sort(remaining, (a, b) -> a.hex().compareTo(b.hex()));
            return new DigestCursor(remaining, checkpoint);
        }
    }

    /** The next digest, null after the last. */
    ImageDigest next() {
        if (next == digests.length) {
            return null;
        }
        ImageDigest digest = digests[next++];
        checkpoint = digest.hex();
        return digest;
    }

    /** The hex of the last digest {@link #next} gave, or the checkpoint the cursor started after. */
    String checkpoint() {
        return checkpoint;
    }

    /** How many digests the cursor holds from where it started: what a run (or a restarted one) has to read. */
    int size() {
        return digests.length;
    }
}
