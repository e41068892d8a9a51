package org.sifregistry.container.rest.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.common.rest.UrlSigner;
import org.sifregistry.container.application.ImageDetails;
import org.sifregistry.container.application.ImageService;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.ImageTooLargeException;
import org.sifregistry.storage.StagedImage;

/**
 * Receiving image bytes. They are streamed to the store's staging area outside any transaction (a big upload
 * outlasts any transaction timeout), then handed to {@link ImageService#accept}, which checks them and publishes
 * them; anything refused is thrown away, so a failed or dishonest upload leaves nothing behind.
 */
@ApplicationScoped
public class Uploads {

    private static final String SINGLE = "upload";
    private static final String PART = "part";

    @Inject
    private ImageStore store;

    @Inject
    private ImageService images;

    @Inject
    private UrlSigner signer;

    @Inject
    private RegistryConfig config;

    @Inject
    private RegistryMetrics metrics;

    /** Refuses an announced size the registry will not take, or that would not fit in a quota, before a byte is sent. */
    void requireAcceptableSize(long imageId, Long size) {
        if (size == null || size <= 0) {
            throw new InvalidInputException("filesize", ErrorKey.UPLOAD_SIZE_REQUIRED);
        }
        if (size > config.maxImageSize()) {
            throw new ImageTooLargeException(config.maxImageSize());
        }
        images.requireRoom(imageId, size);
    }

    /** Where the client PUTs the whole image, without its token. */
    URI uploadUrl(long imageId, long size) {
        Instant expires = signer.expiry();
        return UriBuilder.fromUri(config.baseUrl()).path("api/library/upload/{id}")
                .queryParam("size", size)
                .queryParam("expires", expires.getEpochSecond())
                .queryParam("signature", signer.sign(expires, SINGLE, Long.toString(imageId), Long.toString(size)))
                .build(imageId);
    }

    /** How long the client's parts are: the store's parts, so that each is written as one. */
    long partSize() {
        return store.partSize();
    }

    /** Where the client PUTs one part of a parted upload, without its token; only for an upload in progress. */
    URI partUrl(long imageId, String uploadId, int partNumber, long length) {
        store.requireParts(uploadId);
        long offset = (partNumber - 1) * partSize();
        // The part count is not kept, but no part may end beyond the largest image: part 2147483647 would have the
        // store write at an offset of 16 PiB
        if (offset + length > config.maxImageSize()) {
            throw new InvalidInputException("partNumber", ErrorKey.UPLOAD_PART_BEYOND_LIMIT, partNumber, partSize(),
                    config.maxImageSize());
        }
        Instant expires = signer.expiry();
        return UriBuilder.fromUri(config.baseUrl()).path("api/library/upload/{id}/{upload}/{part}")
                .queryParam("offset", offset)
                .queryParam("length", length)
                .queryParam("expires", expires.getEpochSecond())
                .queryParam("signature", signer.sign(expires, PART, Long.toString(imageId), uploadId,
                        Long.toString(partNumber), Long.toString(offset), Long.toString(length)))
                .build(imageId, uploadId, partNumber);
    }

    void verifyUpload(long imageId, long size, long expires, String signature) {
        signer.verify(signature, expires, SINGLE, Long.toString(imageId), Long.toString(size));
    }

    void verifyPart(long imageId, String uploadId, int partNumber, long offset, long length, long expires,
                    String signature) {
        signer.verify(signature, expires, PART, Long.toString(imageId), uploadId, Long.toString(partNumber),
                Long.toString(offset), Long.toString(length));
    }

    /** Receives a whole image of {@code size} bytes (null: as many as come, within the limit). */
    ImageDetails receive(long imageId, ReadableByteChannel body, Long size) {
        return metrics.uploading(Protocol.LIBRARY, () -> {
            long limit = size == null ? config.maxImageSize() : size;
            StagedImage staged;
            try {
                staged = store.stage(body, limit);
            } catch (ImageTooLargeException e) {
                throw size == null ? e
                        : new InvalidInputException("image", ErrorKey.UPLOAD_LARGER_THAN_ANNOUNCED, size);
            } catch (IOException e) {
                throw new InvalidInputException("image", ErrorKey.UPLOAD_BROKE_OFF, e.getMessage());
            }
            metrics.received(Protocol.LIBRARY, staged.size());
            return accept(imageId, staged, size == null ? staged.size() : size);
        });
    }

    String receivePart(String uploadId, long offset, ReadableByteChannel body, long length) {
        return metrics.uploading(Protocol.LIBRARY, () -> {
            String checksum;
            try {
                checksum = store.writePart(uploadId, offset, body, length);
            } catch (IOException e) {
                throw new InvalidInputException("part", ErrorKey.UPLOAD_PART_BROKE_OFF, e.getMessage());
            }
            metrics.received(Protocol.LIBRARY, length);
            return checksum;
        });
    }

    /** Checks and publishes the parts as one image; their sha256 as a whole proves that every part arrived. */
    ImageDetails completeParts(long imageId, String uploadId) {
        return metrics.uploading(Protocol.LIBRARY, () -> {
            StagedImage staged;
            try {
                staged = store.finishParts(uploadId);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot assemble upload " + uploadId, e);
            }
            return accept(imageId, staged, staged.size());
        });
    }

    String begin() {
        try {
            return store.beginParts();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a parted upload", e);
        }
    }

    void abortParts(String uploadId) {
        store.abortParts(uploadId);
    }

    private ImageDetails accept(long imageId, StagedImage staged, long expectedSize) {
        try {
            ImageDetails accepted = images.accept(imageId, staged, expectedSize);
            metrics.pushed(Protocol.LIBRARY);
            return accepted;
        } catch (RuntimeException refused) {
            store.discard(staged);
            throw refused;
        }
    }
}
