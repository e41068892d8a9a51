package org.sifregistry.container.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;

import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.servlet.spec.ServletOutputStreamImpl;

import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.ContainerEvents;
import org.sifregistry.site.api.UrlSigner;
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

    @Inject
    private ImageStore store;

    @Inject
    private UrlSigner signer;

    @Inject
    private RegistryConfig config;

    @Inject
    private ContainerEvents events;

    /**
     * A URL that serves this version of the container's image until it expires, even if the tag moves meanwhile.
     *
     * @param counted whether fetching it counts as a download; false where the request that handed it out counted
     */
    public URI signedUrl(long containerId, String version, boolean counted) {
        Instant expires = signer.expiry();
        String count = Boolean.toString(counted);
        return UriBuilder.fromUri(config.baseUrl())
                .path("api/download/{id}/{version}")
                .queryParam("count", count)
                .queryParam("expires", expires.getEpochSecond())
                .queryParam("signature", signer.sign(expires, PURPOSE, Long.toString(containerId), version, count))
                .build(containerId, version);
    }

    void verify(long containerId, String version, boolean counted, long expires, String signature) {
        signer.verify(signature, expires, PURPOSE, Long.toString(containerId), version, Boolean.toString(counted));
    }

    /**
     * The image, or the one range the client asked for, with its exact length, its digest as ETag, and nothing
     * read into memory. A whole download, or the first range of a parallel one, counts when {@code counted}.
     */
    public Response stream(long containerId, ImageDigest digest, String rangeHeader, boolean headOnly,
                           boolean counted) {
        StoredImage image = find(digest);
        boolean partial = rangeHeader != null && !rangeHeader.isBlank();
        ByteRange range = partial ? ByteRange.parse(rangeHeader, image.size()) : ByteRange.all(image.size());
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
        if (counted && range.start() == 0 && containerId != ContainerDetails.UNTAGGED) {
            events.downloaded(containerId);
        }
        StreamingOutput body = out -> send(digest, range, out);
        return answer.entity(body).build();
    }

    /**
     * Sends the range with the kernel's file-to-socket copy (sendfile), past JAX-RS: the bytes never enter the Java
     * heap, which is what lets a pull keep up with nginx. Undertow stops at the Content-Length set above.
     */
    private void send(ImageDigest digest, ByteRange range, OutputStream out) throws IOException {
        try (FileChannel file = store.openChannel(digest)) {
            // JAX-RS puts its headers on the servlet response when its stream is first flushed
            out.flush();
            file.position(range.start());
            var servletOut = ServletRequestContext.requireCurrent().getOriginalResponse().getOutputStream();
            ((ServletOutputStreamImpl) servletOut).transferFrom(file);
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
