package org.sifregistry.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bucket of an installation that is moving to an object store, whose directory still holds images
 * {@code migrate-storage} has not copied yet: those pushed between its last run and the switch to
 * REGISTRY_STORAGE=s3. Reads of an image the bucket lacks fall back to the directory, so that no image is missing
 * meanwhile; everything else is the bucket's. Deleting an image deletes it in both places, so that it cannot come
 * back from the directory (or be copied back by the next run).
 */
public class DirectoryFallbackImageStore implements ImageStore {

    private final ImageStore bucket;
    private final ImageStore directory;

    public DirectoryFallbackImageStore(ImageStore bucket, ImageStore directory) {
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Optional<StoredImage> find(ImageDigest digest) throws IOException {
        Optional<StoredImage> stored = bucket.find(digest);
        return stored.isPresent() ? stored : directory.find(digest);
    }

    @Override
    public SeekableByteChannel openChannel(ImageDigest digest) throws IOException {
        try {
            return bucket.openChannel(digest);
        } catch (ImageMissingException notMovedYet) {
            return directory.openChannel(digest);
        }
    }

    /**
     * {@code found} is the bucket's unless the directory has the image too: only then is the bucket asked again,
     * first, as {@link #openChannel(ImageDigest)} does. Asking the directory is a look at the local file system.
     */
    @Override
    public SeekableByteChannel openChannel(StoredImage found) throws IOException {
        return directory.find(found.digest()).isPresent() ? openChannel(found.digest()) : bucket.openChannel(found);
    }

    /** None for an image only the directory has: a URL into the bucket would not find it. */
    @Override
    public Optional<URI> directUrl(ImageDigest digest, Duration lifetime) {
        try {
            if (directory.find(digest).isPresent() && bucket.find(digest).isEmpty()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return bucket.directUrl(digest, lifetime);
    }

    @Override
    public boolean delete(ImageDigest digest) throws IOException {
        boolean inBucket = bucket.delete(digest);
        return directory.delete(digest) || inBucket;
    }

    /** The bucket's copy decides, since pushes (and pushes again) go there; the directory's goes with it. */
    @Override
    public boolean deleteIfOlderThan(ImageDigest digest, Instant cutoff) throws IOException {
        if (!bucket.deleteIfOlderThan(digest, cutoff)) {
            return false;
        }
        directory.delete(digest);
        return true;
    }

    /** The bucket's images only: garbage collection of the directory is the next run's copy, then the archive's. */
    @Override
    public Stream<ImageDigest> digests() throws IOException {
        return bucket.digests();
    }

    @Override
    public StagedImage stage(ReadableByteChannel content, long maxBytes) throws IOException {
        return bucket.stage(content, maxBytes);
    }

    @Override
    public StoredImage commit(StagedImage staged) throws IOException {
        return bucket.commit(staged);
    }

    @Override
    public SeekableByteChannel openStaged(StagedImage staged) throws IOException {
        return bucket.openStaged(staged);
    }

    @Override
    public void discard(StagedImage staged) {
        bucket.discard(staged);
    }

    @Override
    public StoredImage put(ReadableByteChannel content, long maxBytes) throws IOException {
        return bucket.put(content, maxBytes);
    }

    @Override
    public String beginParts() throws IOException {
        return bucket.beginParts();
    }

    @Override
    public long partSize() {
        return bucket.partSize();
    }

    @Override
    public String writePart(String uploadId, long offset, ReadableByteChannel content, long length)
            throws IOException {
        return bucket.writePart(uploadId, offset, content, length);
    }

    @Override
    public long appendPart(String uploadId, ReadableByteChannel content, long maxBytes) throws IOException {
        return bucket.appendPart(uploadId, content, maxBytes);
    }

    @Override
    public long partsLength(String uploadId) throws IOException {
        return bucket.partsLength(uploadId);
    }

    @Override
    public void requireParts(String uploadId) {
        bucket.requireParts(uploadId);
    }

    @Override
    public StagedImage finishParts(String uploadId) throws IOException {
        return bucket.finishParts(uploadId);
    }

    @Override
    public void abortParts(String uploadId) {
        bucket.abortParts(uploadId);
    }

    @Override
    public int discardStagedOlderThan(Instant cutoff) throws IOException {
        return bucket.discardStagedOlderThan(cutoff);
    }
}
