package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.storage.s3.S3Location;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The image store in a bucket, against a real S3 server on loopback (S3Proxy, a fresh one for each test, keeping
 * its objects in memory): the contract, and what only an object store does (multipart uploads, server-side copies).
 */
class S3ImageStoreTest extends ImageStoreContract {

    private static final String BUCKET = "images";

    @RegisterExtension
    final S3ProxyExtension server = S3ProxyExtension.builder()
            .withCredentials("registry", "registry-secret")
            .withBlobStoreProvider("transient-nio2")
            .build();

    /** S3's smallest parts, so that uploads of a few parts stay small. */
    private static final S3Sizes SMALL_PARTS = new S3Sizes(S3Sizes.MIN_PART, (int) S3Sizes.MIN_PART,
            S3Sizes.DEFAULT.copyLimit(), S3Sizes.DEFAULT.copyPart());
    private static final int PART = (int) S3Sizes.MIN_PART;
    private static final int MIB_INT = 1 << 20;

    private S3Client s3;
    private S3Presigner presigner;

    @Override
    protected ImageStore openStore() {
        S3Location location = new S3Location(server.getUri(), "us-east-1", BUCKET, server.getAccessKey(),
                server.getSecretKey(), true);
        s3 = location.connect();
        presigner = location.presigner();
        return new S3ImageStore(s3, presigner, BUCKET, SMALL_PARTS);
    }

    @AfterEach
    void close() {
        s3.close();
        presigner.close();
    }

    @Override
    protected long storedObjects() {
        return keys(S3ImageStore.IMAGES);
    }

    @Override
    protected long stagedObjects() {
        long pending = s3.listMultipartUploads(request -> request.bucket(BUCKET)).uploads().size();
        long staged = s3.listObjectsV2Paginator(request -> request.bucket(BUCKET).prefix(S3ImageStore.STAGING))
                .contents().stream().filter(object -> !S3PartedUploads.isRecord(object.key())).count();
        return staged + pending;
    }

    @Override
    protected Instant storedAt(ImageDigest digest) {
        return s3.headObject(request -> request.bucket(BUCKET).key(S3ImageStore.IMAGES + digest.hex())).lastModified();
    }

    @Override
    protected void putForeignObjectAmongImages() {
        s3.putObject(request -> request.bucket(BUCKET).key(S3ImageStore.IMAGES + "notes.txt"),
                RequestBody.fromString("not an image"));
    }

    @Test
    void createsItsBucket() {
        assertEquals(BUCKET, s3.listBuckets().buckets().get(0).name());
    }

    @Test
    void anImageLargerThanAPartGoesUpInPartsAndIsCopiedIntoPlace() throws Exception {
        long size = 2L * PART + 12_345;
        String expected = sha256(new GeneratedStream(size, 21));

        StagedImage staged = store.stage(channel(new GeneratedStream(size, 21)), size);

        assertEquals(expected, staged.digest().hex());
        assertTrue(s3.headObject(request -> request.bucket(BUCKET).key(staged.location())).eTag().endsWith("-3\""),
                "an ETag of three parts");
        assertEquals(1, stagedObjects(), "one staged object, no pending upload");
        assertEquals(0, storedObjects());
        StoredImage stored = store.commit(staged);
        assertEquals(size, stored.size());
        assertEquals(0, stagedObjects());
        try (SeekableByteChannel file = store.openChannel(stored.digest())) {
            assertEquals(expected, sha256(Channels.newInputStream(file)));
        }
    }

    @Test
    void anImageOverTheCopyLimitIsCopiedIntoPlaceInParts() throws Exception {
        ImageStore copyingInParts = new S3ImageStore(s3, null, BUCKET, new S3Sizes(PART, PART, PART, PART));
        long size = 2L * PART + 12_345;
        String expected = sha256(new GeneratedStream(size, 24));

        StoredImage stored = copyingInParts.put(channel(new GeneratedStream(size, 24)), size);

        assertTrue(s3.headObject(request -> request.bucket(BUCKET).key(S3ImageStore.IMAGES + expected)).eTag()
                .endsWith("-3\""), "an ETag of three copied parts");
        assertEquals(0, stagedObjects());
        try (SeekableByteChannel file = copyingInParts.openChannel(stored.digest())) {
            assertEquals(expected, sha256(Channels.newInputStream(file)));
        }
    }

    @Test
    void aDirectUrlFetchesTheImageAndItsRangesFromTheStoreUntilItExpires() throws Exception {
        byte[] image = randomBytes(100_000, 25);
        ImageDigest digest = store.put(channel(new ByteArrayInputStream(image)), MIB).digest();
        URI url = store.directUrl(digest, Duration.ofMinutes(5)).orElseThrow();
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(url).build(), BodyHandlers.ofByteArray());
        HttpResponse<byte[]> range = http.send(HttpRequest.newBuilder(url).header("Range", "bytes=1000-1999").build(),
                BodyHandlers.ofByteArray());

        assertEquals(200, whole.statusCode());
        assertArrayEquals(image, whole.body());
        assertEquals(Optional.of("attachment; filename=\"" + digest.hex() + ".sif\""),
                whole.headers().firstValue("Content-Disposition"));
        assertEquals(206, range.statusCode());
        assertArrayEquals(Arrays.copyOfRange(image, 1000, 2000), range.body());
        assertTrue(url.getQuery().contains("X-Amz-Expires=300"), url::toString);
    }

    @Test
    void withoutAPresignerDownloadsPassThroughTheServer() throws Exception {
        ImageStore streaming = new S3ImageStore(s3, null, BUCKET, SMALL_PARTS);
        ImageDigest digest = streaming.put(channel(new ByteArrayInputStream(randomBytes(10, 26))), MIB).digest();

        assertEquals(Optional.empty(), streaming.directUrl(digest, Duration.ofMinutes(5)));
    }

    @Test
    void anUploadThatBreaksOffMidwayLeavesNoPendingMultipartUpload() {
        long size = 3L * PART;
        FailingStream dropped = new FailingStream(new GeneratedStream(size, 22), 2L * PART + 100);

        assertThrows(IOException.class, () -> store.stage(channel(dropped), size));

        assertEquals(0, s3.listMultipartUploads(request -> request.bucket(BUCKET)).uploads().size());
        assertEquals(0, keys(""));
    }

    @Test
    void theStagingSweepAbortsAbandonedMultipartUploads() throws Exception {
        String key = S3ImageStore.STAGING + "0".repeat(32);
        s3.createMultipartUpload(request -> request.bucket(BUCKET).key(key));

        assertEquals(1, store.discardStagedOlderThan(Instant.now().plusSeconds(60)));

        assertEquals(0, s3.listMultipartUploads(request -> request.bucket(BUCKET)).uploads().size());
    }

    @Test
    void eachWrittenPartIsOnePartOfAMultipartUploadAndNothingIsKeptLocally() throws Exception {
        byte[] image = randomBytes(PART + 1000, 31);
        String upload = store.beginParts();
        writePart(upload, image, 1);
        writePart(upload, image, 0);

        assertEquals(List.of((long) PART, 1000L), partSizes(), "the parts as the client sent them");
        StagedImage staged = store.finishParts(upload);

        assertTrue(s3.headObject(request -> request.bucket(BUCKET).key(staged.location())).eTag().endsWith("-2\""),
                "the client's two parts, completed in the store");
        assertEquals(1, keys(S3ImageStore.STAGING), "the staged image, no record");
        assertEquals(sha256(image), store.commit(staged).digest().hex());
    }

    @Test
    void piecesAreCutIntoWholePartsAndTheRestWaitsInTheBucket() throws Exception {
        byte[] image = randomBytes(4 * 3 * MIB_INT, 32);
        String upload = store.beginParts();
        for (int piece = 0; piece < 4; piece++) {
            store.appendPart(upload, channel(new ByteArrayInputStream(image, piece * 3 * MIB_INT, 3 * MIB_INT)),
                    100 * MIB);
        }

        assertEquals(List.of((long) PART, (long) PART), partSizes());
        assertEquals(image.length, store.partsLength(upload));
        StagedImage staged = store.finishParts(upload);

        assertEquals(sha256(image), staged.digest().hex());
        assertEquals(image.length, staged.size());
        assertArrayEquals(image, readAll(store.commit(staged).digest(), ByteRange.all(image.length)));
    }

    @Test
    void aPieceBeyondTheLimitIsCutOffAgainAfterItSentWholeParts() throws Exception {
        byte[] image = randomBytes(8 * MIB_INT, 33);
        String upload = store.beginParts();
        store.appendPart(upload, channel(new ByteArrayInputStream(image, 0, 6 * MIB_INT)), 12 * MIB);

        assertThrows(ImageTooLargeException.class, () -> store.appendPart(upload,
                channel(new GeneratedStream(7 * MIB, 34)), 12 * MIB));

        assertEquals(6 * MIB, store.partsLength(upload));
        store.appendPart(upload, channel(new ByteArrayInputStream(image, 6 * MIB_INT, 2 * MIB_INT)), 12 * MIB);
        assertEquals(sha256(image), store.finishParts(upload).digest().hex());
    }

    /** A node of a cluster that did not receive the parts reads them back from the bucket to hash them. */
    @Test
    void anotherNodeFinishesAnUpload() throws Exception {
        byte[] image = randomBytes(PART + 5000, 35);
        String upload = store.beginParts();
        writePart(upload, image, 0);
        ImageStore otherNode = new S3ImageStore(s3, null, BUCKET, SMALL_PARTS);
        otherNode.writePart(upload, PART, channel(new ByteArrayInputStream(image, PART, 5000)), 5000);

        StagedImage staged = otherNode.finishParts(upload);

        assertEquals(sha256(image), staged.digest().hex());
        assertArrayEquals(Arrays.copyOf(image, StagedImage.HEAD_LENGTH), staged.head());
    }

    @Test
    void aMissingPartIsNamedAndTheUploadGoesOn() throws Exception {
        byte[] image = randomBytes(2 * PART + 10, 36);
        String upload = store.beginParts();
        writePart(upload, image, 0);
        writePart(upload, image, 2);

        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> store.finishParts(upload));

        assertTrue(missing.getMessage().startsWith("Part 2 has not arrived whole (" + PART + " bytes)"),
                missing::getMessage);
        writePart(upload, image, 1);
        assertEquals(sha256(image), store.finishParts(upload).digest().hex());
    }

    @Test
    void refusesAKeyItDidNotStage() throws Exception {
        s3.putObject(request -> request.bucket(BUCKET).key("precious"), RequestBody.fromString("keep me"));
        for (String location : new String[] {"precious", S3ImageStore.STAGING + "../precious", S3ImageStore.IMAGES}) {
            StagedImage forged = new StagedImage(ImageDigest.of(new byte[32]), 7, location, new byte[7]);

            assertThrows(IllegalArgumentException.class, () -> store.commit(forged), location);
            assertThrows(IllegalArgumentException.class, () -> store.discard(forged), location);
        }
        assertEquals("keep me", s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("precious")).asUtf8String());
        assertEquals(0, storedObjects());
    }

    private List<Long> partSizes() {
        MultipartUpload upload = s3.listMultipartUploads(request -> request.bucket(BUCKET)).uploads().get(0);
        return s3.listParts(request -> request.bucket(BUCKET).key(upload.key()).uploadId(upload.uploadId())).parts()
                .stream().sorted(Comparator.comparing(Part::partNumber)).map(Part::size).toList();
    }

    private long keys(String prefix) {
        return s3.listObjectsV2Paginator(request -> request.bucket(BUCKET).prefix(prefix)).contents().stream().count();
    }
}
