package org.sifregistry.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * An {@link ImageStore} in a bucket of an S3-compatible object store: images at {@code sha256/<64 hex>}, uploads in
 * progress at {@code staging/<random>}. Nothing is kept on a local disk.
 *
 * <p>An upload goes to the store as it arrives, hashed on the way: in one PUT if it fits in one part, else as a
 * multipart upload of {@link S3Sizes#buffered()}-byte parts, each held in memory only while it is sent (S3 takes
 * parts of 5 MiB and more, so a part cannot be streamed before its length is known). Uploads that arrive in parts
 * are multipart uploads of the store as well ({@link S3PartedUploads}). Committing copies the staged object to its
 * digest's key inside the store (S3 has no rename), so the image becomes visible whole, and deletes the staged one.
 * With a presigner, downloads are redirected to presigned GETs of the store.
 *
 * <p>Keys are built only from an {@link ImageDigest}'s validated hex or this store's own random ids.
 */
public class S3ImageStore implements ImageStore {

    static final String IMAGES = "sha256/";
    static final String STAGING = "staging/";
    /** The mark of an image pushed again, for garbage collection: S3 cannot touch an object as a file system can. */
    static final String PUSHED_AGAIN = "pushed-again/";
    static final String OCTET_STREAM = "application/octet-stream";

    private static final System.Logger LOG = System.getLogger(S3ImageStore.class.getName());
    private static final Pattern STAGED_KEY = Pattern.compile(Pattern.quote(STAGING) + "[0-9a-f]{32}");
    private static final Pattern IMAGE_KEY = Pattern.compile(Pattern.quote(IMAGES) + "[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final S3Client s3;
    /** Null where downloads pass through the server (REGISTRY_S3_REDIRECT=false). */
    private final S3Presigner presigner;
    private final String bucket;
    private final S3Sizes sizes;
    private final S3PartedUploads parts;

    /**
     * Opens the store in {@code bucket}, creating the bucket if it does not exist.
     *
     * @param presigner signs the {@link #directUrl direct URLs} of downloads; null hands out none, so that downloads
     *                  pass through the server
     * @throws IllegalStateException if the store cannot be reached or the bucket cannot be made: a setup error
     */
    public S3ImageStore(S3Client s3, S3Presigner presigner, String bucket) {
        this(s3, presigner, bucket, S3Sizes.DEFAULT);
    }

    /** With other part sizes, so that a test sends and copies in parts without images of gigabytes. */
    S3ImageStore(S3Client s3, S3Presigner presigner, String bucket, S3Sizes sizes) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.presigner = presigner;
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.sizes = Objects.requireNonNull(sizes, "sizes");
        this.parts = new S3PartedUploads(s3, bucket, sizes);
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new IllegalStateException("Cannot open the bucket " + bucket + ": " + e.getMessage(), e);
            }
            s3.createBucket(request -> request.bucket(bucket));
        }
    }

    @Override
    public StagedImage stage(ReadableByteChannel content, long maxBytes) throws IOException {
        Objects.requireNonNull(content, "content");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        return upload(content, maxBytes, STAGING + randomId());
    }

    /** Sends the content to {@code key}, hashing it; on any failure nothing is left under the key. */
    private StagedImage upload(ReadableByteChannel content, long maxBytes, String key) throws IOException {
        MessageDigest sha256 = FileSystemImageStore.sha256();
        // One byte more than the limit allows tells an image over it from one exactly at it
        byte[] part = new byte[(int) Math.min(sizes.buffered(), oneMore(maxBytes))];
        List<CompletedPart> sent = new ArrayList<>();
        String uploadId = null;
        byte[] head = null;
        long size = 0;
        try {
            while (true) {
                int wanted = (int) Math.min(part.length, oneMore(maxBytes - size));
                int read = fill(content, part, 0, wanted);
                size += read;
                if (size > maxBytes) {
                    throw new ImageTooLargeException(maxBytes);
                }
                sha256.update(part, 0, read);
                if (head == null) {
                    head = Arrays.copyOf(part, Math.min(read, StagedImage.HEAD_LENGTH));
                }
                boolean last = read < wanted;
                if (uploadId == null && last) {
                    s3.putObject(request -> request.bucket(bucket).key(key), body(part, read));
                    break;
                }
                if (uploadId == null) {
                    uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(key)).uploadId();
                }
                if (read > 0) {
                    sent.add(sendPart(key, uploadId, sent.size() + 1, part, read));
                }
                if (last) {
                    String id = uploadId;
                    s3.completeMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(id)
                            .multipartUpload(upload -> upload.parts(sent)));
                    break;
                }
            }
            return new StagedImage(ImageDigest.of(sha256.digest()), size, key, head);
        } catch (SdkException e) {
            abandon(key, uploadId, e);
            throw unreachable(key, e);
        } catch (IOException | RuntimeException | Error failure) {
            abandon(key, uploadId, failure);
            throw failure;
        }
    }

    /** {@code n + 1}, but no limit (Long.MAX_VALUE) stays no limit rather than overflowing. */
    static long oneMore(long n) {
        return n == Long.MAX_VALUE ? n : n + 1;
    }

    private CompletedPart sendPart(String key, String uploadId, int number, byte[] part, int length) {
        String etag = s3.uploadPart(request -> request.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                body(part, length)).eTag();
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    static RequestBody body(byte[] bytes, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length,
                OCTET_STREAM);
    }

    /**
     * Reads until {@code wanted} bytes are in {@code part} from {@code offset} on, or the content ends; returns how
     * many, fewer only at the end.
     */
    static int fill(ReadableByteChannel content, byte[] part, int offset, int wanted) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(part, offset, wanted);
        while (buffer.hasRemaining() && content.read(buffer) >= 0) {
            // reads on: a socket hands over what has arrived, often less than asked
        }
        return buffer.position() - offset;
    }

    /** Leaves nothing of a failed upload: no object, no pending multipart upload. */
    private void abandon(String key, String uploadId, Throwable failure) {
        try {
            if (uploadId != null) {
                s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
            } else {
                s3.deleteObject(request -> request.bucket(bucket).key(key));
            }
        } catch (SdkException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    @Override
    public StoredImage commit(StagedImage staged) throws IOException {
        String target = keyOf(staged.digest());
        String source = stagedKey(staged);
        try {
            if (head(target).isPresent()) {
                markPushedAgain(staged.digest());
            } else {
                copy(source, target, staged.size());
            }
            s3.deleteObject(request -> request.bucket(bucket).key(source));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new IOException("The staged upload " + staged.location() + " is gone; push it once more", e);
            }
            throw unreachable(target, e);
        } catch (SdkException e) {
            throw unreachable(target, e);
        }
        return new StoredImage(staged.digest(), staged.size());
    }

    private void copy(String source, String target, long size) {
        if (size <= sizes.copyLimit()) {
            s3.copyObject(request -> request.sourceBucket(bucket).sourceKey(source)
                    .destinationBucket(bucket).destinationKey(target));
            return;
        }
        String uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(target)).uploadId();
        try {
            List<CompletedPart> copied = new ArrayList<>();
            for (long start = 0; start < size; start += sizes.copyPart()) {
                int number = copied.size() + 1;
                String range = "bytes=" + start + "-" + (Math.min(size, start + sizes.copyPart()) - 1);
                String etag = s3.uploadPartCopy(request -> request.sourceBucket(bucket).sourceKey(source)
                        .destinationBucket(bucket).destinationKey(target).uploadId(uploadId).partNumber(number)
                        .copySourceRange(range)).copyPartResult().eTag();
                copied.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(target).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(copied)));
        } catch (RuntimeException failure) {
            abandon(target, uploadId, failure);
            throw failure;
        }
    }

    private void markPushedAgain(ImageDigest digest) {
        s3.putObject(request -> request.bucket(bucket).key(PUSHED_AGAIN + digest.hex()), RequestBody.empty());
    }

    @Override
    public SeekableByteChannel openStaged(StagedImage staged) {
        return new S3ReadChannel(s3, bucket, stagedKey(staged), staged.size());
    }

    @Override
    public void discard(StagedImage staged) {
        String key = stagedKey(staged);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            LOG.log(Level.WARNING, "Cannot delete the staged upload " + key + "; the staging sweep will retry", e);
        }
    }

    @Override
    public String beginParts() throws IOException {
        return parts.begin();
    }

    @Override
    public long partSize() {
        return sizes.written();
    }

    @Override
    public String writePart(String uploadId, long offset, ReadableByteChannel content, long length)
            throws IOException {
        return parts.write(uploadId, offset, content, length);
    }

    @Override
    public long appendPart(String uploadId, ReadableByteChannel content, long maxBytes) throws IOException {
        return parts.append(uploadId, content, maxBytes);
    }

    @Override
    public long partsLength(String uploadId) throws IOException {
        return parts.length(uploadId);
    }

    @Override
    public void requireParts(String uploadId) {
        parts.require(uploadId);
    }

    @Override
    public StagedImage finishParts(String uploadId) throws IOException {
        return parts.finish(uploadId);
    }

    @Override
    public void abortParts(String uploadId) {
        parts.abort(uploadId);
    }

    @Override
    public Optional<StoredImage> find(ImageDigest digest) throws IOException {
        return head(keyOf(digest)).map(object -> new StoredImage(digest, object.contentLength()));
    }

    @Override
    public SeekableByteChannel openChannel(ImageDigest digest) throws IOException {
        return openChannel(find(digest).orElseThrow(() -> new ImageMissingException(digest)));
    }

    @Override
    public SeekableByteChannel openChannel(StoredImage found) {
        return new S3ReadChannel(s3, bucket, keyOf(found.digest()), found.size());
    }

    /** A presigned GET, which the store checks itself; it names the file as the registry's own downloads do. */
    @Override
    public Optional<URI> directUrl(ImageDigest digest, Duration lifetime) {
        if (presigner == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(presigner.presignGetObject(request -> request.signatureDuration(lifetime)
                    .getObjectRequest(get -> get.bucket(bucket).key(keyOf(digest))
                            .responseContentDisposition("attachment; filename=\"" + digest.hex() + ".sif\"")))
                    .url().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The object store's endpoint makes no URL: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(ImageDigest digest) throws IOException {
        if (find(digest).isEmpty()) {
            return false;
        }
        deleteImage(digest);
        return true;
    }

    @Override
    public boolean deleteIfOlderThan(ImageDigest digest, Instant cutoff) throws IOException {
        Optional<HeadObjectResponse> image = head(keyOf(digest));
        if (image.isEmpty() || !image.get().lastModified().isBefore(cutoff)) {
            return false;
        }
        Optional<HeadObjectResponse> pushedAgain = head(PUSHED_AGAIN + digest.hex());
        if (pushedAgain.isPresent() && !pushedAgain.get().lastModified().isBefore(cutoff)) {
            return false;
        }
        deleteImage(digest);
        return true;
    }

    private void deleteImage(ImageDigest digest) throws IOException {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(keyOf(digest)));
            s3.deleteObject(request -> request.bucket(bucket).key(PUSHED_AGAIN + digest.hex()));
        } catch (SdkException e) {
            throw unreachable(keyOf(digest), e);
        }
    }

    @Override
    public Stream<ImageDigest> digests() throws IOException {
        return objects(IMAGES)
                .map(S3Object::key)
                .filter(key -> IMAGE_KEY.matcher(key).matches())
                .map(key -> new ImageDigest(key.substring(IMAGES.length())));
    }

    /**
     * Deletes staged objects and aborts multipart uploads begun before {@code cutoff}, which a crash or a lost caller
     * abandoned (a multipart upload that is never completed or aborted keeps its parts, and its cost, for ever),
     * sparing an upload in parts that took one since.
     */
    @Override
    public int discardStagedOlderThan(Instant cutoff) throws IOException {
        int discarded = 0;
        try {
            for (MultipartUpload upload : s3.listMultipartUploadsPaginator(request -> request.bucket(bucket)
                    .prefix(STAGING)).uploads()) {
                if (upload.initiated().isBefore(cutoff) && !parts.isActiveSince(upload.key(), cutoff)) {
                    s3.abortMultipartUpload(request -> request.bucket(bucket).key(upload.key())
                            .uploadId(upload.uploadId()));
                    discarded++;
                }
            }
            try (Stream<S3Object> staged = objects(STAGING)) {
                for (S3Object object : (Iterable<S3Object>) staged::iterator) {
                    if (object.lastModified().isBefore(cutoff)) {
                        s3.deleteObject(request -> request.bucket(bucket).key(object.key()));
                        // The record of an upload in parts went with its multipart upload, counted above
                        discarded += S3PartedUploads.isRecord(object.key()) ? 0 : 1;
                    }
                }
            }
        } catch (SdkException e) {
            throw unreachable(STAGING, e);
        }
        parts.forgetEnded();
        return discarded;
    }

    private Stream<S3Object> objects(String prefix) throws IOException {
        try {
            return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream();
        } catch (SdkException e) {
            throw unreachable(prefix, e);
        }
    }

    private Optional<HeadObjectResponse> head(String key) throws IOException {
        return head(s3, bucket, key);
    }

    /** The object's metadata, or empty if there is none at {@code key}. */
    static Optional<HeadObjectResponse> head(S3Client s3, String bucket, String key) throws IOException {
        try {
            return Optional.of(s3.headObject(request -> request.bucket(bucket).key(key)));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unreachable(key, e);
        } catch (SdkException e) {
            throw unreachable(key, e);
        }
    }

    static IOException unreachable(String key, SdkException e) {
        return new IOException("The object store failed on " + key + ": " + e.getMessage(), e);
    }

    /** Only objects this store staged may be copied or deleted through a {@link StagedImage}. */
    private static String stagedKey(StagedImage staged) {
        if (!STAGED_KEY.matcher(staged.location()).matches()) {
            throw new IllegalArgumentException("Not an upload staged by this store: " + staged.location());
        }
        return staged.location();
    }

    private static String keyOf(ImageDigest digest) {
        return IMAGES + digest.hex();
    }

    static String randomId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
