package org.sifregistry.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * An {@link ImageStore} in a bucket of an S3-compatible object store: images at {@code sha256/<64 hex>}, uploads in
 * progress at {@code staging/<random>}.
 *
 * <p>An upload goes to the store as it arrives, hashed on the way: in one PUT if it fits in one part, else as a
 * multipart upload of {@value #PART_SIZE}-byte parts, each held in memory only while it is sent (S3 takes parts of
 * 5 MiB and more, so a part cannot be streamed before its length is known). Committing copies the staged object to
 * its digest's key inside the store (S3 has no rename), so the image becomes visible whole, and deletes the staged
 * one. With a presigner, downloads are redirected to presigned GETs of the store. Uploads that arrive in parts, out of order or in pieces of unknown length (library multipart, OCI chunks), are
 * still assembled in a local staging directory and sent to their key when they are finished.
 *
 * <p>Keys are built only from an {@link ImageDigest}'s validated hex or this store's own random ids.
 */
public class S3ImageStore implements ImageStore {

    static final String IMAGES = "sha256/";
    static final String STAGING = "staging/";
    /** The mark of an image pushed again, for garbage collection: S3 cannot touch an object as a file system can. */
    static final String PUSHED_AGAIN = "pushed-again/";
    /** 10,000 parts, S3's most, of this size: images up to 80 GiB. */
    static final int PART_SIZE = 8 << 20;
    /** The largest object S3 copies in one request; larger ones are copied in parts of {@link #COPY_PART_SIZE}. */
    static final long COPY_LIMIT = 5L << 30;
    static final long COPY_PART_SIZE = 1L << 30;

    private static final System.Logger LOG = System.getLogger(S3ImageStore.class.getName());
    private static final Pattern STAGED_KEY = Pattern.compile(Pattern.quote(STAGING) + "[0-9a-f]{32}");
    private static final Pattern IMAGE_KEY = Pattern.compile(Pattern.quote(IMAGES) + "[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final S3Client s3;
    /** Null where downloads pass through the server (REGISTRY_S3_REDIRECT=false). */
    private final S3Presigner presigner;
    private final String bucket;
    private final FileSystemImageStore parts;
    private final long copyLimit;
    private final long copyPartSize;

    /**
     * Opens the store in {@code bucket}, creating the bucket if it does not exist.
     *
     * @param presigner signs the {@link #directUrl direct URLs} of downloads; null hands out none, so that downloads
     *                  pass through the server
     * @param parts     where uploads that arrive in parts are assembled before they go to the bucket
     * @throws IllegalStateException if the store cannot be reached or the bucket cannot be made: a setup error
     */
    public S3ImageStore(S3Client s3, S3Presigner presigner, String bucket, FileSystemImageStore parts) {
        this(s3, presigner, bucket, parts, COPY_LIMIT, COPY_PART_SIZE);
    }

    /** With other copy sizes, so that a test copies in parts without images of gigabytes. */
    S3ImageStore(S3Client s3, S3Presigner presigner, String bucket, FileSystemImageStore parts, long copyLimit,
                 long copyPartSize) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.presigner = presigner;
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.copyLimit = copyLimit;
        this.copyPartSize = copyPartSize;
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            s3.createBucket(request -> request.bucket(bucket));
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
        byte[] part = new byte[(int) Math.min(PART_SIZE, oneMore(maxBytes))];
        List<CompletedPart> sent = new ArrayList<>();
        String uploadId = null;
        byte[] head = null;
        long size = 0;
        try {
            while (true) {
                int wanted = (int) Math.min(part.length, oneMore(maxBytes - size));
                int read = fill(content, part, wanted);
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
    private static long oneMore(long n) {
        return n == Long.MAX_VALUE ? n : n + 1;
    }

    private CompletedPart sendPart(String key, String uploadId, int number, byte[] part, int length) {
        String etag = s3.uploadPart(request -> request.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                body(part, length)).eTag();
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    private static RequestBody body(byte[] bytes, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length,
                "application/octet-stream");
    }

    /** Reads until {@code wanted} bytes are in {@code part} or the content ends; fewer only at the end. */
    private static int fill(ReadableByteChannel content, byte[] part, int wanted) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(part, 0, wanted);
        while (buffer.hasRemaining() && content.read(buffer) >= 0) {
            // reads on: a socket hands over what has arrived, often less than asked
        }
        return buffer.position();
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
        try {
            if (isAssembledLocally(staged)) {
                publishAssembled(staged, target);
            } else {
                String source = stagedKey(staged);
                if (head(target).isPresent()) {
                    markPushedAgain(staged.digest());
                } else {
                    copy(source, target, staged.size());
                }
                s3.deleteObject(request -> request.bucket(bucket).key(source));
            }
        } catch (NoSuchKeyException e) {
            throw new IOException("The staged upload " + staged.location() + " is gone; push it once more", e);
        } catch (SdkException e) {
            throw unreachable(target, e);
        }
        return new StoredImage(staged.digest(), staged.size());
    }

    /**
     * Sends an upload assembled from parts to the store, then publishes it as any other staged upload, and drops the
     * local file. Straight to its digest's key would save the copy, but a crash in the middle would then leave a
     * multipart upload outside {@code staging/}, where the staging sweep does not look.
     */
    private void publishAssembled(StagedImage staged, String target) throws IOException {
        Path assembled = parts.stagedFile(staged);
        if (head(target).isPresent()) {
            markPushedAgain(staged.digest());
        } else {
            StagedImage sent;
            try (FileChannel file = FileChannel.open(assembled, StandardOpenOption.READ)) {
                sent = upload(file, staged.size(), STAGING + randomId());
            }
            if (!sent.digest().equals(staged.digest())) {
                discard(sent);
                throw new IOException("The assembled upload " + staged.location() + " changed while it was sent");
            }
            copy(sent.location(), target, sent.size());
            s3.deleteObject(request -> request.bucket(bucket).key(sent.location()));
        }
        parts.discard(staged);
    }

    private void copy(String source, String target, long size) {
        if (size <= copyLimit) {
            s3.copyObject(request -> request.sourceBucket(bucket).sourceKey(source)
                    .destinationBucket(bucket).destinationKey(target));
            return;
        }
        String uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(target)).uploadId();
        try {
            List<CompletedPart> copied = new ArrayList<>();
            for (long start = 0; start < size; start += copyPartSize) {
                int number = copied.size() + 1;
                String range = "bytes=" + start + "-" + (Math.min(size, start + copyPartSize) - 1);
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
    public void discard(StagedImage staged) {
        if (isAssembledLocally(staged)) {
            parts.discard(staged);
            return;
        }
        String key = stagedKey(staged);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            LOG.log(Level.WARNING, "Cannot delete the staged upload " + key + "; the staging sweep will retry", e);
        }
    }

    @Override
    public String beginParts() throws IOException {
        return parts.beginParts();
    }

    @Override
    public String writePart(String uploadId, long offset, ReadableByteChannel content, long length)
            throws IOException {
        return parts.writePart(uploadId, offset, content, length);
    }

    @Override
    public long appendPart(String uploadId, ReadableByteChannel content, long maxBytes) throws IOException {
        return parts.appendPart(uploadId, content, maxBytes);
    }

    @Override
    public long partsLength(String uploadId) throws IOException {
        return parts.partsLength(uploadId);
    }

    @Override
    public void requireParts(String uploadId) {
        parts.requireParts(uploadId);
    }

    @Override
    public StagedImage finishParts(String uploadId) throws IOException {
        return parts.finishParts(uploadId);
    }

    @Override
    public void abortParts(String uploadId) {
        parts.abortParts(uploadId);
    }

    @Override
    public Optional<StoredImage> find(ImageDigest digest) throws IOException {
        return head(keyOf(digest)).map(object -> new StoredImage(digest, object.contentLength()));
    }

    @Override
    public SeekableByteChannel openChannel(ImageDigest digest) throws IOException {
        StoredImage image = find(digest).orElseThrow(() -> new ImageMissingException(digest));
        return new S3ReadChannel(s3, bucket, keyOf(digest), image.size());
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
     * abandoned (a multipart upload that is never completed or aborted keeps its parts, and its cost, for ever), and
     * the local parts of such uploads.
     */
    @Override
    public int discardStagedOlderThan(Instant cutoff) throws IOException {
        int discarded = parts.discardStagedOlderThan(cutoff);
        try {
            for (MultipartUpload upload : s3.listMultipartUploadsPaginator(request -> request.bucket(bucket)
                    .prefix(STAGING)).uploads()) {
                if (upload.initiated().isBefore(cutoff)) {
                    s3.abortMultipartUpload(request -> request.bucket(bucket).key(upload.key())
                            .uploadId(upload.uploadId()));
                    discarded++;
                }
            }
            try (Stream<S3Object> staged = objects(STAGING)) {
                for (S3Object object : (Iterable<S3Object>) staged::iterator) {
                    if (object.lastModified().isBefore(cutoff)) {
                        s3.deleteObject(request -> request.bucket(bucket).key(object.key()));
                        discarded++;
                    }
                }
            }
        } catch (SdkException e) {
            throw unreachable(STAGING, e);
        }
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
        try {
            return Optional.of(s3.headObject(request -> request.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unreachable(key, e);
        } catch (SdkException e) {
            throw unreachable(key, e);
        }
    }

    private static IOException unreachable(String key, SdkException e) {
        return new IOException("The object store failed on " + key + ": " + e.getMessage(), e);
    }

    private boolean isAssembledLocally(StagedImage staged) {
        return !staged.location().startsWith(STAGING);
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

    private static String randomId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
