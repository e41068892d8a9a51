package org.sifregistry.container.rest.oci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ReadableByteChannel;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.common.metrics.UploadFailure;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StagedImage;

/**
 * Receiving OCI blobs. They are streamed to the store's staging area outside any transaction (in one piece, or in
 * chunks appended to one of the store's parted uploads, whose id is the upload's), fsynced, checked against the
 * digest the client names, then handed to {@link ArtifactService#acceptBlob}; anything refused is thrown away, so
 * a failed or dishonest upload leaves nothing behind and nothing is visible before it is complete.
 */
@ApplicationScoped
public class BlobUploads {

    @Inject
    private ImageStore store;

    @Inject
    private ArtifactService artifacts;

    @Inject
    private RegistryConfig config;

    @Inject
    private OciAccess access;

    @Inject
    private RegistryMetrics metrics;

    String begin() {
        try {
            return store.beginParts();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start an upload", e);
        }
    }

    long length(String uploadId) {
        try {
            return store.partsLength(uploadId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read upload " + uploadId, e);
        }
    }

    /** Appends a chunk; returns the upload's length after it. */
    long append(String uploadId, ReadableByteChannel body) {
        return uploading(() -> {
            long before = length(uploadId);
            long after;
            try {
                after = store.appendPart(uploadId, body, config.maxImageSize());
            } catch (IOException e) {
                throw brokeOff(e);
            }
            metrics.received(Protocol.ORAS, after - before);
            return after;
        });
    }

    /** Refuses a blob of the size a request announces that would not fit in a quota, before a byte is read. */
    void requireRoom(RepositoryName repository, String digest, long size, Caller caller) {
        artifacts.requireRoom(repository.collection(), content(digest), size, caller);
    }

    /** A whole blob in one request. */
    void receive(RepositoryName repository, ReadableByteChannel body, String digest, Caller caller) {
        uploading(() -> {
            StagedImage staged;
            try {
                staged = store.stage(body, config.maxImageSize());
            } catch (IOException e) {
                throw brokeOff(e);
            }
            metrics.received(Protocol.ORAS, staged.size());
            accept(repository, staged, digest, caller);
            return null;
        });
    }

    /** Ends a chunked upload: what arrived must have {@code digest}. */
    void complete(RepositoryName repository, String uploadId, String digest, Caller caller) {
        uploading(() -> {
            StagedImage staged;
            try {
                staged = store.finishParts(uploadId);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot assemble upload " + uploadId, e);
            }
            accept(repository, staged, digest, caller);
            return null;
        });
    }

    /**
     * Counts a failed step as a failed push; a blob whose digest is not the one named is a mismatch. A push that
     * succeeds is counted when its manifest is ({@link RegistryResource}).
     */
    private <T> T uploading(Supplier<T> step) {
        return metrics.uploading(Protocol.ORAS, step, failure -> failure instanceof OciException oci
                && oci.code() == OciError.DIGEST_INVALID ? UploadFailure.MISMATCH : UploadFailure.of(failure));
    }

    /**
     * Mounts a blob of {@code from} (a repository name; null for any the caller may pull from) into
     * {@code repository}; false when it cannot be, and the client then uploads it. A registry token must grant pull
     * on {@code from}; a mount from anywhere is made only on the caller's own rights, never on a registry token's,
     * whose scope names no other repository.
     */
    boolean mount(RepositoryName repository, String digest, String from, Caller caller) {
        ImageDigest content = content(digest);
        if (from == null || from.isEmpty()) {
            return !access.hasToken()
                    && artifacts.mount(repository.collection(), repository.name(), content, null, null, caller);
        }
        Optional<RepositoryName> source = RepositoryName.tryParse(from, config.libraryDefaultCollection());
        return source.isPresent() && access.allowsPull(source.get(), caller)
                && artifacts.mount(repository.collection(), repository.name(), content, source.get().collection(),
                source.get().name(), caller);
    }

    void cancel(String uploadId) {
        store.requireParts(uploadId);
        store.abortParts(uploadId);
    }

    private void accept(RepositoryName repository, StagedImage staged, String digest, Caller caller) {
        try {
            if (!digest.equals("sha256:" + staged.digest().hex())) {
                throw new OciException(OciError.DIGEST_INVALID, "The upload's digest is sha256:"
                        + staged.digest().hex() + ", not " + digest + "; nothing was stored");
            }
            artifacts.acceptBlob(repository.collection(), repository.name(), staged, caller);
        } catch (RuntimeException refused) {
            store.discard(staged);
            throw refused;
        }
    }

    private static InvalidInputException brokeOff(IOException e) {
        return new InvalidInputException("blob", ErrorKey.UPLOAD_BROKE_OFF, e.getMessage());
    }

    /** The content a checked OCI digest ({@code sha256:<hex>}) names. */
    private static ImageDigest content(String digest) {
        return ImageDigest.parse(digest.substring("sha256:".length()));
    }
}
