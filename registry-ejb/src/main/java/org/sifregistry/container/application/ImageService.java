package org.sifregistry.container.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.container.domain.Architecture;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Image;
import org.sifregistry.container.domain.ImageFormat;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.quota.application.QuotaService;
import org.sifregistry.quota.application.QuotaUse;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StagedImage;
import org.sifregistry.storage.StoredImage;

/**
 * The push lifecycle of the library protocol: an image is announced by its digest, its bytes are uploaded and
 * verified, and only then can a tag point at it. Pushing needs the rights of an owner of the collection; a re-push
 * of bytes the caller can already pull skips the upload.
 */
@Stateless
public class ImageService {

    @Inject
    private SignedOnlyGate signedOnly;

    @Inject
    private CollectionRepository collections;

    @Inject
    private ContainerRepository containers;

    @Inject
    private ImageRepository images;

    @Inject
    private ImageStore store;

    @Inject
    private ContainerService containerService;

    @Inject
    private QuotaService quotas;

    @Inject
    private Clock clock;

    /** The tags of a container name the caller may see, by tag; empty when there are none. */
    public List<ImageTag> tags(CollectionName collectionName, ContainerName name, Caller caller) {
        return collections.findVisible(collectionName, caller)
                .map(collection -> {
                    Map<String, Long> imageIds = images.idsByVersion(collection, name);
                    return containers.tagsOf(collection, name).stream()
                            .map(k -> ImageTag.of(k, imageIds))
                            .toList();
                })
                .orElse(List.of());
    }

    /** An image by tag, or by version when the reference pins one. */
    public Optional<ImageDetails> details(ContainerRef ref, Caller caller) {
        return collections.findVisible(ref.collection(), caller).flatMap(collection -> {
            Optional<ImageDigest> digest = ref.version() != null
                    ? Optional.of(ref.version())
                    : containers.findByRef(ref).map(Container::digest);
            return digest.flatMap(d -> images.find(collection, ref.name(), d)).map(this::details);
        });
    }

    /**
     * The version of the container name's uploaded image whose sha256 starts with {@code hexPrefix}, as shub refs
     * pin one (32 or 40 hex digits); empty when none does, refused when several do.
     */
    public Optional<ImageDigest> versionStartingWith(CollectionName collectionName, ContainerName name,
                                                     String hexPrefix, Caller caller) {
        List<ImageDigest> found = collections.findVisible(collectionName, caller)
                .map(c -> images.uploadedStartingWith(c, name, hexPrefix, 2))
                .orElse(List.of());
        if (found.size() > 1) {
            throw new InvalidInputException("ref", ErrorKey.SHUB_DIGEST_AMBIGUOUS, hexPrefix,
                    collectionName.value() + "/" + name.value());
        }
        return found.stream().findFirst();
    }

    public ImageDetails details(long id, Caller caller) {
        return details(get(id, caller));
    }

    /** Checks that the caller may push images under this container name, before anything is sent. */
    public void requirePushable(CollectionName collection, ContainerName name, Caller caller) {
        collections.getManageable(collection, caller);
    }

    /**
     * Whether a container name exists for the caller: it has an image or a tag they may see, or it is in a
     * collection they may push to, where every name is ready to take images (as the library protocol expects
     * once it has "created" a container).
     */
    public boolean exists(CollectionName collection, ContainerName name, Caller caller) {
        return collections.findVisible(collection, caller)
                .map(c -> c.isManageableBy(caller) || !containers.tagsOf(c, name).isEmpty() || images.anyOf(c, name))
                .orElse(false);
    }

    /**
     * Announces an image before its upload: the existing one, or a new one. It counts as uploaded at once when
     * the same bytes are already stored where the caller may pull them, so identical content is sent only once.
     */
    public ImageDetails announce(CollectionName collectionName, ContainerName name, ImageDigest digest,
                                 Caller caller) {
        Collection collection = collections.getManageable(collectionName, caller);
        Image image = images.findOrAdd(collection, name, digest, caller.username(), clock.instant());
        // Over quota, the client is sent to upload, and its upload is refused saying why
        if (!image.isUploaded() && images.isUploadedWhereVisible(digest, caller)) {
            storedImage(digest).filter(stored -> quotas.hasRoom(collection, digest, stored.size()))
                    .ifPresent(image::uploaded);
        }
        return details(image);
    }

    private Image get(long id, Caller caller) {
        return images.find(id)
                .filter(image -> image.collection().isVisibleTo(caller))
                .orElseThrow(() -> imageNotFound(id));
    }

    /** An image the caller may upload, checked before any byte is received. */
    public ImageDetails uploadable(long id, Caller caller) {
        caller.requireSignedIn();
        Image image = get(id, caller);
        image.collection().requireManageableBy(caller);
        return details(image);
    }

    /**
     * Records why an upload to image {@code id} was refused, for {@link #requireUploaded}: a client that cannot read
     * the answer to the upload itself reads the answer to its completion.
     */
    public void refuseUpload(long id, String reason) {
        images.find(id).ifPresent(image -> image.refused(reason));
    }

    /** The image, for the client that completes its upload; refused as its upload was, or as incomplete. */
    public ImageDetails requireUploaded(long id, Caller caller) {
        ImageDetails image = uploadable(id, caller);
        if (!image.uploaded()) {
            String refusal = images.find(id).flatMap(Image::refusal).orElse(null);
            throw refusal != null ? new InvalidInputException("image", ErrorKey.UPLOAD_REFUSED, refusal)
                    : new InvalidInputException("image", ErrorKey.LIBRARY_UPLOAD_INCOMPLETE, image.version());
        }
        return image;
    }

    /** Refuses an upload of {@code size} bytes to image {@code id} that would not fit in a quota, before it starts. */
    public void requireRoom(long id, long size) {
        Image image = images.find(id).orElseThrow(() -> imageNotFound(id));
        quotas.requireRoom(image.collection(), image.digest(), size);
    }

    /** The quota the image's collection counts against (the first, when it counts against several accounts). */
    public QuotaUse quotaOf(long id) {
        return quotas.useOf(images.find(id).orElseThrow(() -> imageNotFound(id)).collection());
    }

    /**
     * Publishes uploaded bytes as the content of image {@code id} after checking that they are what was announced:
     * exactly {@code expectedSize} bytes, the image's sha256, and a SIF or legacy Singularity image. The caller
     * discards the staged upload when this throws.
     */
    public ImageDetails accept(long id, StagedImage staged, long expectedSize) {
        Image image = images.find(id).orElseThrow(() -> imageNotFound(id));
        if (staged.size() != expectedSize) {
            throw new InvalidInputException("image", ErrorKey.UPLOAD_SIZE_MISMATCH, staged.size(), expectedSize);
        }
        if (!staged.digest().equals(image.digest())) {
            throw new InvalidInputException("image", ErrorKey.UPLOAD_DIGEST_MISMATCH, staged.digest().hex(),
                    image.digest().hex());
        }
        storeVerified(image, staged);
        return details(image);
    }

    /**
     * Publishes an upload whose digest was not announced (the sregistry client sends the file at once) as
     * {@code ref}: it must be a SIF or legacy Singularity image, becomes an image of the name, stored once, and the
     * tag points at it as after any push (a new container, or the tag moved unless frozen). The collection must
     * exist. The caller discards the staged upload when this throws.
     */
    public Container push(ContainerRef ref, StagedImage staged, Caller caller) {
        Collection collection = collections.getManageable(ref.collection(), caller);
        Image image = images.findOrAdd(collection, ref.name(), staged.digest(), caller.username(), clock.instant());
        storeVerified(image, staged);
        return containerService.publish(ref.withoutVersion(), image.stored(), null, caller);
    }

    /**
     * Makes checked bytes the content of {@code image}, after a look that they are an image at all, signed as its
     * collection requires, and fit in the quotas it counts against; refused, the
     * transaction rolls back whatever the caller recorded for them.
     */
    private void storeVerified(Image image, StagedImage staged) {
        ImageFormat.of(staged.head());
        signedOnly.admit(image.collection(), () -> store.openStaged(staged));
        quotas.admit(image.collection(), image.digest(), staged.size());
        try {
            image.uploaded(store.commit(staged));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload of " + image, e);
        }
    }

    /**
     * Points {@code tag} of {@code container} (collection and name; its tag is ignored) at one of its images,
     * moving the tag if it exists (unless frozen).
     */
    public Container tag(ContainerRef container, long imageId, Tag tag, Architecture architecture, Caller caller) {
        caller.requireSignedIn();
        Image image = get(imageId, caller);
        if (!image.collection().name().equals(container.collection()) || !image.name().equals(container.name())) {
            throw new InvalidInputException("ImageID", ErrorKey.IMAGE_OTHER_CONTAINER, imageId,
                    image.collection().name(), image.name(), container.collection(), container.name());
        }
        if (!image.isUploaded()) {
            throw new ConflictException(ErrorKey.IMAGE_NOT_UPLOADED, image);
        }
        ContainerRef ref = new ContainerRef(image.collection().name(), image.name(), tag, null);
        return containerService.publish(ref, image.stored(), architecture.value(), caller);
    }

    private ImageDetails details(Image image) {
        List<Container> tagged = containers.tagsOf(image.collection(), image.name()).stream()
                .filter(k -> k.digest().equals(image.digest()))
                .toList();
        String architecture = tagged.stream().map(Container::architecture).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new ImageDetails(image.id(), image.collection().name().value(), image.name().value(),
                image.digest().version(), image.size(), image.isUploaded(), architecture,
                tagged.stream().map(k -> k.tag().value()).toList(), image.collection().isPrivate(), image.created());
    }

    private Optional<StoredImage> storedImage(ImageDigest digest) {
        try {
            return store.find(digest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look up " + digest + " in the image store", e);
        }
    }

    private static NotFoundException imageNotFound(long id) {
        return new NotFoundException(ErrorKey.IMAGE_NOT_FOUND, id);
    }
}
