package org.sifregistry.storage.batch;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.Objects;
import java.util.Optional;

import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageMissingException;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StagedImage;
import org.sifregistry.storage.StoredImage;

/**
 * Copies images from one store to another in the stores' two steps: staging hashes the copy on its way, and only a
 * copy whose digest is its source's name is committed, so that nothing is ever published under a wrong name (and
 * nothing that was there before is touched when the name is wrong).
 */
final class ImageCopier {

    private final ImageStore from;
    private final ImageStore to;

    ImageCopier(ImageStore from, ImageStore to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /**
     * Stages a copy of the image in the target store; empty if the target has it already or the source no longer
     * has it (deleted since it was listed).
     *
     * @throws CorruptImageException if the source's content does not hash to its name; nothing is left staged
     */
    Optional<StagedImage> stage(ImageDigest digest) throws IOException, CorruptImageException {
        if (to.find(digest).isPresent()) {
            return Optional.empty();
        }
        StagedImage staged;
        try (SeekableByteChannel content = from.openChannel(digest)) {
            staged = to.stage(content, Long.MAX_VALUE);
        } catch (ImageMissingException gone) {
            return Optional.empty();
        }
        if (!staged.digest().equals(digest)) {
            to.discard(staged);
            throw new CorruptImageException(digest, staged.digest());
        }
        return Optional.of(staged);
    }

    /** Publishes a copy {@link #stage} verified; an image stored there meanwhile stays as it is. */
    StoredImage commit(StagedImage staged) throws IOException {
        return to.commit(staged);
    }
}
