package org.sifregistry.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.sifregistry.common.InvalidInputException;

/**
 * Where image files live, keyed by their sha256. Content is written once and never changed, so identical
 * uploads are stored once. Kept narrow so that a backend other than the local file system can take over.
 *
 * <p>An upload is two steps: {@link #stage} receives and hashes it out of sight, and {@link #commit} makes it
 * visible all at once, which lets the caller check the digest (and record it) before anything is published.
 */
public interface ImageStore {

    /**
     * Parts large enough that the two requests each one costs hardly count (with 8 MiB parts a 512 MiB push took
     * 0.6 s longer), small enough that a lost one is cheap to resend; 10,000 of them reach 320 GiB.
     */
    long DEFAULT_PART_SIZE = 32L << 20;

    /**
     * Receives an upload into a temporary place while hashing it, and makes it durable before returning.
     * On any failure nothing is left behind. Uploads come as channels so that their bytes can go from the socket to
     * the disk without passing through the Java heap.
     *
     * @throws ImageTooLargeException if more than {@code maxBytes} arrive
     */
    StagedImage stage(ReadableByteChannel content, long maxBytes) throws IOException;

    /**
     * Publishes a staged upload under its digest in one atomic step. If that digest is already stored the
     * staged copy is dropped and the stored file left as it is.
     */
    StoredImage commit(StagedImage staged) throws IOException;

    /** Reads a staged upload before it is published: what it holds may decide whether it is. */
    SeekableByteChannel openStaged(StagedImage staged) throws IOException;

    /**
     * Throws a staged upload away; calling it again, or after {@link #commit}, does nothing. Never fails: what it
     * cannot delete is left for {@link #discardStagedOlderThan}.
     */
    void discard(StagedImage staged);

    /** {@link #stage} then {@link #commit}, discarding the staged upload if the commit fails. */
    default StoredImage put(ReadableByteChannel content, long maxBytes) throws IOException {
        StagedImage staged = stage(content, maxBytes);
        try {
            return commit(staged);
        } catch (Throwable failure) {
            discard(staged);
            throw failure;
        }
    }

    /**
     * Starts an upload that arrives in parts: either written at their place, possibly out of order
     * ({@link #writePart}), or appended in order ({@link #appendPart}), never both. Each part goes where it belongs,
     * so completing the upload copies nothing through this server. Returns the upload's id, unguessable and safe in
     * a path.
     */
    String beginParts() throws IOException;

    /**
     * How long the parts given to {@link #writePart} are: each starts at a multiple of it, and all but the last are
     * exactly this long, so that a store on the network can send each as one part of its own multipart upload.
     */
    long partSize();

    /**
     * Writes exactly {@code length} bytes of {@code content} at {@code offset} of the parted upload and returns
     * their CRC-32C in hex, the part's ETag. Only the sha256 of the whole image, taken when it is finished, is
     * verified.
     *
     * @param offset a multiple of {@link #partSize()}
     * @param length at most {@link #partSize()}
     * @throws UploadNotFoundException if there is no such upload (never begun, finished or aborted)
     * @throws InvalidInputException   if the content is shorter or longer than {@code length}
     */
    String writePart(String uploadId, long offset, ReadableByteChannel content, long length) throws IOException;

    /**
     * Appends {@code content}, to its end, to a parted upload that arrives in order in pieces of unknown length (the
     * chunks of an OCI blob upload), and returns the upload's length after it. Such an upload is hashed when it is
     * finished.
     *
     * @throws UploadNotFoundException if there is no such upload (never begun, finished or aborted)
     * @throws ImageTooLargeException  if the upload would grow beyond {@code maxBytes}; what arrived of this piece
     *                                 is then cut off again
     */
    long appendPart(String uploadId, ReadableByteChannel content, long maxBytes) throws IOException;

    /**
     * How many bytes a parted upload that arrives in order holds so far.
     *
     * @throws UploadNotFoundException if there is no such upload (never begun, finished or aborted)
     */
    long partsLength(String uploadId) throws IOException;

    /**
     * Checks that a parted upload is in progress, before a client is told where to send a part of it.
     *
     * @throws UploadNotFoundException if there is no such upload (never begun, finished or aborted)
     */
    void requireParts(String uploadId);

    /**
     * Hashes the assembled parts (those that arrived in order were hashed as they came), makes them durable and hands
     * them over as one staged upload.
     *
     * @throws UploadNotFoundException if there is no such upload
     */
    StagedImage finishParts(String uploadId) throws IOException;

    /** Throws a parted upload away; unknown ids are ignored. */
    void abortParts(String uploadId);

    /** The stored image with this digest, if there is one. */
    Optional<StoredImage> find(ImageDigest digest) throws IOException;

    /**
     * Opens a stored image for reads at any position (downloads send ranges of it, readers of the header read its
     * parts); the caller closes the channel. Reads that go on where the last one ended are the cheap ones: a store
     * on the network fetches ahead for them.
     *
     * @throws ImageMissingException if the digest is not stored
     */
    SeekableByteChannel openChannel(ImageDigest digest) throws IOException;

    /**
     * {@link #openChannel(ImageDigest)} for an image just {@link #find found}, which a store on the network need not
     * look up again.
     */
    default SeekableByteChannel openChannel(StoredImage found) throws IOException {
        return openChannel(found.digest());
    }

    /**
     * A URL that fetches the stored image, byte ranges too, straight from where it is kept until {@code lifetime}
     * has passed, so that a download does not pass through this server; empty where the store has none or is
     * configured not to hand them out.
     */
    default Optional<URI> directUrl(ImageDigest digest, Duration lifetime) {
        return Optional.empty();
    }

    /** Removes an image; false if it was not stored. */
    boolean delete(ImageDigest digest) throws IOException;

    /**
     * Removes an image unless it was stored or pushed again at or after {@code cutoff}; false if it was kept or not
     * stored. Garbage collection uses it so that an image committed while it decides is spared.
     */
    boolean deleteIfOlderThan(ImageDigest digest, Instant cutoff) throws IOException;

    /** Every stored digest, in no particular order, for garbage collection; the caller closes the stream. */
    Stream<ImageDigest> digests() throws IOException;

    /** Deletes staged uploads last written before {@code cutoff}, which a crash or a lost caller abandoned. */
    int discardStagedOlderThan(Instant cutoff) throws IOException;
}
