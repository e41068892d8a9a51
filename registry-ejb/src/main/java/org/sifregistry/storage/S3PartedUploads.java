package org.sifregistry.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * The uploads of an {@link S3ImageStore} that arrive in parts, each an S3 multipart upload at
 * {@code staging/<id>} as it arrives, with no local copy: a library part, whose length is known, is streamed from
 * the client's socket into one part of the multipart upload; the pieces of unknown length that an OCI client appends
 * are cut into parts of {@link S3Sizes#buffered()} bytes, and what is left of the last piece short of a whole part
 * waits in the bucket (S3 takes no part under 5 MiB but the last) until the next piece or the end.
 *
 * <p>Everything an upload needs between requests is in the bucket, in its record {@code staging/<id>.parts}: the
 * multipart upload's id, how many whole parts the appended pieces made, and as its body the bytes that wait. So any
 * node of a cluster takes the next part, and a restart loses nothing. Only the sha256 of the bytes that arrived in
 * order is kept in memory, by the node that received them: the bytes it did not hash (after a restart, from
 * another node, or out of order) are read back from the store with ranged GETs when the upload is finished.
 */
final class S3PartedUploads {

    private static final System.Logger LOG = System.getLogger(S3PartedUploads.class.getName());
    private static final Pattern UPLOAD_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String RECORD = ".parts";
    private static final String MULTIPART_ID = "multipart-upload";
    private static final String APPENDED_PARTS = "appended-parts";
    /** S3's most parts in one multipart upload. */
    private static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final String bucket;
    private final S3Sizes sizes;
    /** By upload id; lost with a restart, which only means reading those uploads back when they finish. */
    private final ConcurrentMap<String, PrefixDigest> prefixes = new ConcurrentHashMap<>();

    S3PartedUploads(S3Client s3, String bucket, S3Sizes sizes) {
        this.s3 = s3;
        this.bucket = bucket;
        this.sizes = sizes;
    }

    /** A part in the store, with what completing the upload needs of it. */
    private record SentPart(int number, String etag, long size) {

        CompletedPart completed() {
            return CompletedPart.builder().partNumber(number).eTag(etag).build();
        }
    }

    /** What an upload's record says. */
    private record Record(String multipartId, int appendedParts, long waiting, boolean appends) {

        static Record of(Map<String, String> metadata, long waiting) {
            String multipartId = metadata.get(MULTIPART_ID);
            if (multipartId == null) {
                throw new IllegalStateException("The record of an upload names no multipart upload");
            }
            String appended = metadata.get(APPENDED_PARTS);
            return new Record(multipartId, appended == null ? 0 : Integer.parseInt(appended), waiting,
                    appended != null);
        }

        Map<String, String> metadata() {
            return appends ? Map.of(MULTIPART_ID, multipartId, APPENDED_PARTS, Integer.toString(appendedParts))
                    : Map.of(MULTIPART_ID, multipartId);
        }
    }

    String begin() throws IOException {
        String uploadId = S3ImageStore.randomId();
        try {
            String multipartId = s3.createMultipartUpload(request -> request.bucket(bucket).key(key(uploadId)))
                    .uploadId();
            writeRecord(uploadId, new Record(multipartId, 0, 0, false), new byte[0]);
        } catch (SdkException e) {
            throw S3ImageStore.unreachable(key(uploadId), e);
        }
        prefixes.put(uploadId, new PrefixDigest());
        return uploadId;
    }

    void require(String uploadId) {
        try {
            record(uploadId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(String uploadId, long offset, ReadableByteChannel content, long length) throws IOException {
        if (offset < 0 || offset % sizes.written() != 0 || length < 0 || length > sizes.written()
                || offset / sizes.written() >= MAX_PARTS) {
            throw new IllegalArgumentException("A part of " + length + " bytes at " + offset + " is not one of "
                    + sizes.written() + " bytes");
        }
        Record record = record(uploadId);
        int number = (int) (offset / sizes.written()) + 1;
        PrefixDigest prefix = prefixes.get(uploadId);
        boolean extendsPrefix = prefix != null && prefix.claim(offset, length);
        CRC32C checksum = new CRC32C();
        PartStream part = new PartStream(content, length, bytes -> {
            if (extendsPrefix) {
                prefix.update(bytes.duplicate());
            }
            checksum.update(bytes);
        });
        long received = -1;
        try {
            try {
                s3.uploadPart(request -> request.bucket(bucket).key(key(uploadId)).uploadId(record.multipartId())
                        .partNumber(number), RequestBody.fromContentProvider(part::open, length,
                        S3ImageStore.OCTET_STREAM));
            } catch (RuntimeException e) {
                throw part.failure(e, uploadId);
            }
            if (part.goesOn()) {
                throw new InvalidInputException("part", ErrorKey.UPLOAD_PART_LONG, length);
            }
            received = length;
            // A new record keeps a slow upload young for the staging sweep, as each write keeps a part file young
            writeRecord(uploadId, record, new byte[0]);
            return "%08x".formatted(checksum.getValue());
        } finally {
            if (extendsPrefix) {
                prefix.release(received);
            }
        }
    }

    long append(String uploadId, ReadableByteChannel content, long maxBytes) throws IOException {
        ResponseBytes<GetObjectResponse> stored = readRecord(uploadId);
        Record record = Record.of(stored.response().metadata(), stored.response().contentLength());
        byte[] part = new byte[sizes.buffered()];
        int filled = stored.asByteBuffer().get(part, 0, (int) record.waiting()).position();
        int parts = record.appendedParts();
        long start = (long) parts * part.length + filled;
        long size = start;
        PrefixDigest prefix = prefixes.get(uploadId);
        boolean extendsPrefix = prefix != null && prefix.claim(start, Math.max(0, maxBytes - start));
        long received = -1;
        try {
            while (true) {
                // One byte more than the limit allows tells an upload over it from one exactly at it
                int wanted = (int) Math.min(part.length - filled, S3ImageStore.oneMore(maxBytes - size));
                int read = S3ImageStore.fill(content, part, filled, wanted);
                if (extendsPrefix) {
                    prefix.update(ByteBuffer.wrap(part, filled, read));
                }
                filled += read;
                size += read;
                if (size > maxBytes) {
                    // The record is not rewritten, so the parts sent meanwhile do not count and are sent again
                    throw new ImageTooLargeException(maxBytes);
                }
                if (filled == part.length) {
                    sendPart(uploadId, record.multipartId(), ++parts, part, filled);
                    filled = 0;
                } else if (read < wanted) {
                    break;
                }
            }
            byte[] waiting = new byte[filled];
            System.arraycopy(part, 0, waiting, 0, filled);
            writeRecord(uploadId, new Record(record.multipartId(), parts, filled, true), waiting);
            received = size - start;
            return size;
        } catch (SdkException e) {
            throw S3ImageStore.unreachable(key(uploadId), e);
        } finally {
            if (extendsPrefix) {
                prefix.release(received);
            }
        }
    }

    long length(String uploadId) throws IOException {
        Record record = record(uploadId);
        return (long) record.appendedParts() * sizes.buffered() + record.waiting();
    }

    /**
     * Completes the multipart upload into a staged object, after checking that no part is missing, and hashes what
     * was not hashed as it arrived.
     */
    StagedImage finish(String uploadId) throws IOException {
        String key = key(uploadId);
        try {
            ResponseBytes<GetObjectResponse> stored = readRecord(uploadId);
            Record record = Record.of(stored.response().metadata(), stored.response().contentLength());
            List<SentPart> parts = record.appends()
                    ? appendedParts(uploadId, record, stored.asByteArrayUnsafe())
                    : writtenParts(uploadId, record);
            long size = parts.stream().mapToLong(SentPart::size).sum();
            if (parts.isEmpty()) {
                // S3 completes no upload of no parts
                s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(record.multipartId()));
                s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.empty());
            } else {
                List<CompletedPart> completed = parts.stream().map(SentPart::completed).toList();
                s3.completeMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(record.multipartId())
                        .multipartUpload(upload -> upload.parts(completed)));
            }
            s3.deleteObject(request -> request.bucket(bucket).key(key + RECORD));
            PrefixDigest prefix = prefixes.remove(uploadId);
            return hashed(key, size, prefix == null ? PrefixDigest.Hashed.nothing() : prefix.close());
        } catch (SdkException e) {
            throw S3ImageStore.unreachable(key, e);
        }
    }

    /** The whole parts the pieces made, and what waits sent as the last part; sizes carried in the parts. */
    private List<SentPart> appendedParts(String uploadId, Record record, byte[] waiting) {
        List<SentPart> parts = new ArrayList<>();
        for (Part part : listParts(uploadId, record)) {
            // Parts past the record's count were sent by a piece that failed, and are not part of the upload
            if (part.partNumber() <= record.appendedParts()) {
                parts.add(new SentPart(part.partNumber(), part.eTag(), part.size()));
            }
        }
        if (parts.size() != record.appendedParts()) {
            throw new IllegalStateException("The multipart upload of " + uploadId + " lost a part");
        }
        if (waiting.length > 0) {
            parts.add(sendPart(uploadId, record.multipartId(), parts.size() + 1, waiting, waiting.length));
        }
        return parts;
    }

    /** The parts written at their places, all of them from the first on, each but the last a whole part. */
    private List<SentPart> writtenParts(String uploadId, Record record) {
        List<Part> listed = listParts(uploadId, record);
        listed.sort(Comparator.comparing(Part::partNumber));
        List<SentPart> parts = new ArrayList<>();
        for (Part part : listed) {
            int expected = parts.size() + 1;
            boolean wholeBefore = parts.isEmpty() || parts.get(parts.size() - 1).size() == sizes.written();
            if (part.partNumber() != expected || !wholeBefore) {
                throw new InvalidInputException("part", ErrorKey.UPLOAD_PART_MISSING,
                        wholeBefore ? expected : expected - 1, sizes.written());
            }
            parts.add(new SentPart(part.partNumber(), part.eTag(), part.size()));
        }
        return parts;
    }

    private List<Part> listParts(String uploadId, Record record) {
        List<Part> parts = new ArrayList<>();
        s3.listPartsPaginator(request -> request.bucket(bucket).key(key(uploadId)).uploadId(record.multipartId()))
                .parts().forEach(parts::add);
        return parts;
    }

    private StagedImage hashed(String key, long size, PrefixDigest.Hashed hashed) throws IOException {
        MessageDigest sha256 = hashed.sha256();
        byte[] head = new byte[(int) Math.min(StagedImage.HEAD_LENGTH, size)];
        try (SeekableByteChannel staged = new S3ReadChannel(s3, bucket, key, size)) {
            ByteBuffer buffer = ByteBuffer.allocate(S3ReadChannel.FIRST_WINDOW);
            staged.position(hashed.length());
            while (staged.read(buffer) != -1) {
                sha256.update(buffer.flip());
                buffer.clear();
            }
            ByteBuffer start = ByteBuffer.wrap(head);
            staged.position(0);
            while (start.hasRemaining() && staged.read(start) >= 0) {
                // reads on until the head is whole
            }
        }
        return new StagedImage(ImageDigest.of(sha256.digest()), size, key, head);
    }

    /** Aborts the multipart upload and drops its record; unknown ids are ignored, failures left to the sweep. */
    void abort(String uploadId) {
        if (uploadId == null || !UPLOAD_ID.matcher(uploadId).matches()) {
            return;
        }
        prefixes.remove(uploadId);
        try {
            Optional<HeadObjectResponse> record = head(key(uploadId) + RECORD);
            if (record.isPresent()) {
                String multipartId = Record.of(record.get().metadata(), 0).multipartId();
                s3.abortMultipartUpload(request -> request.bucket(bucket).key(key(uploadId)).uploadId(multipartId));
                s3.deleteObject(request -> request.bucket(bucket).key(key(uploadId) + RECORD));
            }
        } catch (IOException | SdkException e) {
            LOG.log(Level.WARNING, "Cannot abort the upload " + uploadId + "; the staging sweep will retry", e);
        }
    }

    /** Whether the multipart upload at {@code key} belongs to a parted upload that was written to since then. */
    boolean isActiveSince(String key, Instant cutoff) throws IOException {
        return head(key + RECORD).map(record -> !record.lastModified().isBefore(cutoff)).orElse(false);
    }

    static boolean isRecord(String key) {
        return key.endsWith(RECORD);
    }

    /** Forgets the hashes of uploads that were finished or aborted elsewhere, or swept. */
    void forgetEnded() throws IOException {
        for (String uploadId : prefixes.keySet()) {
            if (head(key(uploadId) + RECORD).isEmpty()) {
                prefixes.remove(uploadId);
            }
        }
    }

    private SentPart sendPart(String uploadId, String multipartId, int number, byte[] part, int length) {
        String etag = s3.uploadPart(request -> request.bucket(bucket).key(key(uploadId)).uploadId(multipartId)
                .partNumber(number), S3ImageStore.body(part, length)).eTag();
        return new SentPart(number, etag, length);
    }

    private void writeRecord(String uploadId, Record record, byte[] waiting) {
        s3.putObject(request -> request.bucket(bucket).key(key(uploadId) + RECORD).metadata(record.metadata()),
                S3ImageStore.body(waiting, waiting.length));
    }

    private Record record(String uploadId) throws IOException {
        HeadObjectResponse record = head(key(requireUploadId(uploadId)) + RECORD)
                .orElseThrow(() -> new UploadNotFoundException(uploadId));
        return Record.of(record.metadata(), record.contentLength());
    }

    private ResponseBytes<GetObjectResponse> readRecord(String uploadId) throws IOException {
        String key = key(requireUploadId(uploadId)) + RECORD;
        try {
            return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new UploadNotFoundException(uploadId);
            }
            throw S3ImageStore.unreachable(key, e);
        } catch (SdkException e) {
            throw S3ImageStore.unreachable(key, e);
        }
    }

    private Optional<HeadObjectResponse> head(String key) throws IOException {
        return S3ImageStore.head(s3, bucket, key);
    }

    private static String requireUploadId(String uploadId) {
        if (uploadId == null || !UPLOAD_ID.matcher(uploadId).matches()) {
            throw new UploadNotFoundException(uploadId);
        }
        return uploadId;
    }

    private static String key(String uploadId) {
        return S3ImageStore.STAGING + uploadId;
    }

    /**
     * A part's bytes from the client's socket, read once as the store's client sends them, each piece handed to a
     * listener as it passes; a second read (a retry) fails, since the socket cannot give the bytes again, and the
     * client sends the part once more instead.
     */
    private static final class PartStream extends InputStream {

        private final ReadableByteChannel content;
        private final long length;
        private final Consumer<ByteBuffer> listener;
        private long received;
        private boolean opened;
        private IOException broken;

        PartStream(ReadableByteChannel content, long length, Consumer<ByteBuffer> listener) {
            this.content = content;
            this.length = length;
            this.listener = listener;
        }

        /** The part's bytes; on a retry a stream that fails at once, so that the retry fails as well. */
        synchronized InputStream open() {
            if (opened) {
                return new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("A part streamed from a client cannot be sent twice");
                    }
                };
            }
            opened = true;
            return this;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int count) throws IOException {
            if (received >= length) {
                return -1;
            }
            ByteBuffer buffer = ByteBuffer.wrap(target, offset, (int) Math.min(count, length - received));
            int read;
            try {
                read = content.read(buffer);
            } catch (IOException e) {
                broken = e;
                throw e;
            }
            if (read > 0) {
                received += read;
                listener.accept(ByteBuffer.wrap(target, offset, read));
            }
            return read;
        }

        /** Whether the client sent more than the part's length. */
        boolean goesOn() throws IOException {
            return content.read(ByteBuffer.allocate(1)) > 0;
        }

        /**
         * Why sending the part failed: the client's connection, a part shorter than announced (which the store's
         * client reports as an IllegalStateException), or the store.
         */
        RuntimeException failure(RuntimeException e, String uploadId) throws IOException {
            if (broken != null) {
                throw broken;
            }
            if (received < length) {
                return new InvalidInputException("part", ErrorKey.UPLOAD_PART_SHORT, received, length);
            }
            if (e instanceof SdkException unreachable) {
                throw S3ImageStore.unreachable(key(uploadId), unreachable);
            }
            return e;
        }
    }
}
