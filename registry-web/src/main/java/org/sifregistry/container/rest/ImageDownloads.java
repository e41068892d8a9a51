package org.sifregistry.container.rest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;

import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.servlet.spec.ServletOutputStreamImpl;

import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.common.rest.UrlSigner;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.PullCounter;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ByteRange;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageMissingException;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StoredImage;

/**
 * Image downloads: signed URLs that work without a login (the shub and library clients send none when they fetch
 * the bytes), and the answer that streams an image or a byte range of it.
 */
@ApplicationScoped
public class ImageDownloads {

    static final String PURPOSE = "download";

    private static final Future<Void> NOT_COUNTED = CompletableFuture.completedFuture(null);

    @Inject
    private ImageStore store;

    @Inject
    private UrlSigner signer;

    @Inject
    private RegistryConfig config;

    @Inject
    private PullCounter pulls;

    @Inject
    private RegistryMetrics metrics;

    /** Enough for the downloads one worker pool sends at once on a small server (16 threads per core). */
    private final CopyBuffers copyBuffers = new CopyBuffers(32);

    /**
     * A URL that serves this version of the container's image until it expires, even if the tag moves meanwhile.
     *
     * @param counted whether fetching it counts as a download, by the rule of {@link #countsAsAPull}; false where the
     *                request that handed it out counted
     * @param via     the protocol of the pull that handed it out, which the bytes sent from it are counted under
     */
    public URI signedUrl(long containerId, String version, boolean counted, Protocol via) {
        Instant expires = signer.expiry();
        String count = Boolean.toString(counted);
        return UriBuilder.fromUri(config.baseUrl())
                .path("api/download/{id}/{version}")
                .queryParam("count", count)
                .queryParam("via", via.tag())
                .queryParam("expires", expires.getEpochSecond())
                .queryParam("signature", signer.sign(expires, PURPOSE, Long.toString(containerId), version, count,
                        via.tag()))
                .build(containerId, version);
    }

    /** @return the protocol the URL was handed out by */
    Protocol verify(long containerId, String version, boolean counted, String via, long expires, String signature) {
        signer.verify(signature, expires, PURPOSE, Long.toString(containerId), version, Boolean.toString(counted),
                via);
        return Protocol.ofTag(via);
    }

    /**
     * The image, or the one range the client asked for, with its exact length, its digest as ETag, and nothing
     * read into memory; or, where the store hands out direct URLs (an object store with REGISTRY_S3_REDIRECT), a 307
     * to one, which the client follows with the same Range. A whole download, or the one range of a parallel one that
     * {@link #countsAsAPull} picks, counts when {@code counted}.
     */
    public Response stream(long containerId, ImageDigest digest, String rangeHeader, boolean headOnly,
                           boolean counted, Protocol protocol) {
        StoredImage image = find(digest);
        boolean partial = isPartial(rangeHeader);
        ByteRange range = range(rangeHeader, image.size());
        // A presigned URL is for GET only, so a HEAD is answered here
        Optional<URI> direct = headOnly || !config.s3Redirects() ? Optional.empty()
                : store.directUrl(digest, config.signedUrlLifetime());
        if (direct.isPresent()) {
            countOnce(containerId, range, image.size(), counted, protocol);
            return Response.temporaryRedirect(direct.get()).build();
        }
        Response.ResponseBuilder answer = Response.status(partial ? Response.Status.PARTIAL_CONTENT : Response.Status.OK)
                .type(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header(HttpHeaders.CONTENT_LENGTH, range.length())
                .header(HttpHeaders.ETAG, "\"" + digest.version() + "\"")
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + digest.hex() + ".sif\"");
        if (partial) {
            answer.header("Content-Range", range.contentRange(image.size()));
        }
        if (headOnly) {
            return answer.build();
        }
        Supplier<Future<Void>> startCount = countsAsAPull(containerId, range, image.size(), counted, protocol)
                ? () -> pulls.countMeanwhile(containerId, protocol) : () -> NOT_COUNTED;
        StreamingOutput body = out -> send(image, range, out, protocol, startCount);
        return answer.entity(body).build();
    }

    /**
     * A 307 to a signed URL of the image, which the client follows with the same Range. The download counts here, by
     * the rule of {@link #stream}, so that fetching the URL does not count it again.
     */
    public Response redirect(long containerId, ImageDigest digest, String rangeHeader, Protocol protocol) {
        long size = find(digest).size();
        countOnce(containerId, range(rangeHeader, size), size, true, protocol);
        return Response.temporaryRedirect(signedUrl(containerId, digest.version(), false, protocol)).build();
    }

    private void countOnce(long containerId, ByteRange range, long size, boolean counted, Protocol protocol) {
        if (countsAsAPull(containerId, range, size, counted, protocol)) {
            pulls.count(containerId, protocol);
        }
    }

    /**
     * Whether this request is the one that counts its pull: a whole download, or one range of a parallel one. The
     * library client probes the first KiB of the URL its 303 handed out, then fetches the image in parts, the first of
     * them from byte 0 again, so its pull counts at the range that reaches the image's end. Other clients resume a
     * broken download from where it stopped, so theirs counts at the range from byte 0.
     */
    private static boolean countsAsAPull(long containerId, ByteRange range, long size, boolean counted,
                                         Protocol protocol) {
        if (!counted || containerId == ContainerDetails.UNTAGGED) {
            return false;
        }
        return protocol == Protocol.LIBRARY ? range.end() == size - 1 : range.start() == 0;
    }

    /** Whether a GET with this Range fetches the whole image or the first part of it: one per pull, as counted. */
    public static boolean startsAPull(String rangeHeader) {
        return !isPartial(rangeHeader) || rangeHeader.strip().startsWith("bytes=0-");
    }

    private static boolean isPartial(String rangeHeader) {
        return rangeHeader != null && !rangeHeader.isBlank();
    }

    private static ByteRange range(String rangeHeader, long size) {
        return isPartial(rangeHeader) ? ByteRange.parse(rangeHeader, size) : ByteRange.all(size);
    }

    /**
     * Copies the range from the store to the socket through a direct buffer, past JAX-RS and never through the Java
     * heap. A plain copy, not sendfile: on these machines it is the faster, as nginx with {@code sendfile off} shows;
     * 16 concurrent pulls of 128 MiB went from 2,550-3,050 MiB/s with Undertow's sendfile to 3,350-3,800 (nginx
     * copying: 3,550-4,400).
     */
    private void send(StoredImage image, ByteRange range, OutputStream out, Protocol protocol,
                      Supplier<Future<Void>> startCount) throws IOException {
        ByteBuffer chunk = copyBuffers.take();
        long position = range.start();
        try (SeekableByteChannel file = store.openChannel(image)) {
            file.position(position);
            // JAX-RS puts its headers on the servlet response when its stream is first flushed
            out.flush();
            // Counted only once the headers have left: a load balancer retries a request on another node only when
            // its node died before answering anything, so such a retry is never a pull counted twice
            Future<Void> counting = startCount.get();
            var servletOut = (ServletOutputStreamImpl) ServletRequestContext.requireCurrent().getOriginalResponse()
                    .getOutputStream();
            while (position <= range.end()) {
                chunk.clear().limit((int) Math.min(chunk.capacity(), range.end() + 1 - position));
                int read = file.read(chunk);
                if (read < 0) {
                    throw new EOFException(image.digest() + " ended at " + position + " of " + (range.end() + 1));
                }
                position += read;
                if (position > range.end()) {
                    awaitCount(counting);
                }
                servletOut.write(chunk.flip());
            }
            metrics.sent(protocol, position - range.start());
        } catch (IOException | RuntimeException brokeOff) {
            // What was read may not all have reached the client; the meter errs by at most one buffer
            metrics.pullBrokeOff(protocol, position - range.start());
            throw brokeOff;
        } finally {
            copyBuffers.give(chunk);
        }
    }

    /** The last bytes wait for the count, so that a client that has the whole image was counted, even across a kill. */
    private static void awaitCount(Future<Void> counting) throws IOException {
        try {
            counting.get();
        } catch (ExecutionException e) {
            throw new IOException("The download could not be counted, so its last bytes are not sent", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while the download was being counted");
        }
    }

    private StoredImage find(ImageDigest digest) {
        try {
            return store.find(digest).orElseThrow(() -> new ImageMissingException(digest));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + digest + " from the image store", e);
        }
    }
}
