package org.sifregistry.container.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.domain.ArtifactManifest;
import org.sifregistry.container.domain.ArtifactManifestRepository;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Image;
import org.sifregistry.container.domain.ImageFormat;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.PushedManifest;
import org.sifregistry.container.domain.SifArtifact;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StagedImage;

/**
 * Containers seen as OCI repositories, for {@code oras://}: a container name ({@code collection/name}) is a
 * repository, its tags are tags, and each uploaded image is a one-layer SIF artifact, described by the manifest
 * pushed for it or else by one built for it. Everything is looked up with the caller's rights, so what they may not
 * see reads as missing. A push stores the SIF as an image of the name, like a library upload, and its manifest
 * publishes it under the tag as a library push's tagging does, so every protocol then sees the same container.
 */
@Stateless
public class ArtifactService {

    @Inject
    private CollectionRepository collections;

    @Inject
    private ContainerRepository containers;

    @Inject
    private ImageRepository images;

    @Inject
    private ArtifactManifestRepository manifests;

    @Inject
    private ImageStore store;

    @Inject
    private ContainerService containerService;

    @Inject
    private Clock clock;

    public RepositoryAccess access(CollectionName collection, Caller caller) {
        return collections.findVisible(collection, caller)
                .map(c -> new RepositoryAccess(true, !caller.isAnonymous() && c.isManageableBy(caller)))
                .orElseGet(() -> caller.isAnonymous() || collections.findByName(collection).isPresent()
                        ? RepositoryAccess.NONE : RepositoryAccess.CREATE);
    }

    /** Whether the name has a tag or an uploaded image the caller may see. */
    public boolean exists(CollectionName collection, ContainerName name, Caller caller) {
        return collections.findVisible(collection, caller)
                .map(c -> !containers.tagsOf(c, name).isEmpty() || uploaded(c, name).findAny().isPresent())
                .orElse(false);
    }

    /** The image a tag points at. */
    public Optional<ArtifactImage> tagged(CollectionName collection, ContainerName name, Tag tag, Caller caller) {
        return collections.findVisible(collection, caller)
                .flatMap(c -> containers.findByRef(new ContainerRef(collection, name, tag, null)))
                .map(k -> manifests.findNewestFor(collection, name, k.digest())
                        .map(m -> ArtifactImage.pushed(k.id(), m, k.size()))
                        .orElseGet(() -> ArtifactImage.built(k.id(), new SifArtifact(name, k.digest(), k.size()))));
    }

    /** The artifact whose manifest has {@code manifestDigest} ({@code sha256:<hex>}): pushed, or built for an image. */
    public Optional<ArtifactImage> byManifest(CollectionName collection, ContainerName name, String manifestDigest,
                                              Caller caller) {
        return collections.findVisible(collection, caller).flatMap(c -> {
            Optional<ArtifactImage> pushed = manifests.findByDigest(collection, name, manifestDigest)
                    .flatMap(m -> images.find(c, name, m.layer()).filter(Image::isUploaded)
                            .map(i -> ArtifactImage.pushed(countedFor(collection, name, i.digest()), m, i.size())));
            return pushed.or(() -> uploaded(c, name)
                    .map(i -> new SifArtifact(name, i.digest(), i.size()))
                    .filter(a -> a.manifestDigest().equals(manifestDigest))
                    .findFirst()
                    .map(a -> ArtifactImage.built(countedFor(collection, name, a.layer()), a)));
        });
    }

    /** The uploaded image of this name with these bytes: the SIF layer of its artifact. */
    public Optional<ArtifactImage> layer(CollectionName collection, ContainerName name, ImageDigest digest,
                                         Caller caller) {
        return collections.findVisible(collection, caller)
                .flatMap(c -> images.find(c, name, digest))
                .filter(Image::isUploaded)
                .map(i -> ArtifactImage.built(countedFor(collection, name, digest),
                        new SifArtifact(name, i.digest(), i.size())));
    }

    /** The name's tags in lexical order; empty when there are none or the caller may not see them. */
    public List<String> tags(CollectionName collection, ContainerName name, Caller caller) {
        return collections.findVisible(collection, caller)
                .map(c -> containers.tagsOf(c, name).stream().map(k -> k.tag().value()).sorted().toList())
                .orElse(List.of());
    }

    /** The OCI catalog: {@code collection/name} of what the caller may see, by collection and name, after {@code last}. */
    public List<String> catalog(String last, int limit, Caller caller) {
        return containers.repositoryNames(caller, last, limit);
    }

    /**
     * Takes a verified blob upload into the repository: the SIF becomes an uploaded (untagged) image of the name,
     * stored once; the empty config is known and kept nowhere. Anything else is refused: the registry holds SIF
     * images only. The caller discards the staged upload when this throws.
     */
    public void acceptBlob(CollectionName collectionName, ContainerName name, StagedImage staged, Caller caller) {
        Collection collection = collections.getManageable(collectionName, caller);
        if (("sha256:" + staged.digest().hex()).equals(SifArtifact.CONFIG_DIGEST)) {
            store.discard(staged);
            return;
        }
        ImageFormat.of(staged.head());
        Image image = images.findOrAdd(collection, name, staged.digest(), caller.username(), clock.instant());
        try {
            image.uploaded(store.commit(staged));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload of " + image, e);
        }
    }

    /**
     * Keeps a pushed manifest and, with a tag, points the tag at its SIF (a new container, or the tag moved unless
     * frozen), which sends the image to be read as any push does. False when the SIF is not here: neither uploaded
     * to this name nor anywhere the caller may pull it from.
     *
     * @param tag null for a push by digest, which tags nothing
     */
    public boolean publish(CollectionName collectionName, ContainerName name, Tag tag, PushedManifest manifest,
                           Caller caller) {
        Collection collection = collections.getManageable(collectionName, caller);
        Instant now = clock.instant();
        Optional<Image> layer = images.find(collection, name, manifest.layer()).filter(Image::isUploaded)
                .or(() -> uploadedElsewhere(collection, name, manifest.layer(), caller, now));
        if (layer.isEmpty()) {
            return false;
        }
        if (layer.get().size() != manifest.layerSize()) {
            throw new InvalidInputException("manifest", ErrorKey.MANIFEST_LAYER_SIZE_MISMATCH, layer.get().size(),
                    manifest.layerSize());
        }
        manifests.findByDigest(collectionName, name, manifest.digest()).ifPresentOrElse(m -> m.pushedAgain(now),
                () -> manifests.add(new ArtifactManifest(collectionName, name, manifest, now)));
        if (tag != null) {
            containerService.publish(new ContainerRef(collectionName, name, tag, null), layer.get().stored(), null,
                    caller);
        }
        return true;
    }

    /** Deletes a tag, as deleting its container does anywhere else; false if there is no such tag. */
    public boolean untag(CollectionName collection, ContainerName name, Tag tag, Caller caller) {
        ContainerRef ref = new ContainerRef(collection, name, tag, null);
        if (collections.findVisible(collection, caller).flatMap(c -> containers.findByRef(ref)).isEmpty()) {
            return false;
        }
        containerService.delete(ref, caller);
        return true;
    }

    /**
     * Deletes a manifest: every tag of the name on its image, and the pushed manifest itself; the image goes the
     * way of untagged images. False if the name has no such manifest.
     */
    public boolean deleteManifest(CollectionName collection, ContainerName name, String manifestDigest,
                                  Caller caller) {
        Optional<ArtifactImage> artifact = byManifest(collection, name, manifestDigest, caller);
        if (artifact.isEmpty()) {
            return false;
        }
        Collection manageable = collections.getManageable(collection, caller);
        for (Container tagged : containers.tagsOf(manageable, name)) {
            if (tagged.digest().equals(artifact.get().layer())) {
                containerService.delete(tagged.ref(), caller);
            }
        }
        manifests.findByDigest(collection, name, manifestDigest).ifPresent(manifests::remove);
        return true;
    }

    /** The same bytes uploaded where the caller may pull them count as uploaded here, as for a library push. */
    private Optional<Image> uploadedElsewhere(Collection collection, ContainerName name, ImageDigest digest,
                                              Caller caller, Instant now) {
        if (!images.isUploadedWhereVisible(digest, caller)) {
            return Optional.empty();
        }
        try {
            return store.find(digest).map(stored -> {
                Image image = images.findOrAdd(collection, name, digest, caller.username(), now);
                image.uploaded(stored);
                return image;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look up " + digest + " in the image store", e);
        }
    }

    private Stream<Image> uploaded(Collection collection, ContainerName name) {
        return images.allOf(collection, name).stream().filter(Image::isUploaded);
    }

    /** A blob fetched by digest names no tag: its download counts for the newest tag pointing at those bytes. */
    private long countedFor(CollectionName collection, ContainerName name, ImageDigest digest) {
        return containers.findByRef(new ContainerRef(collection, name, null, digest))
                .map(Container::id)
                .orElse(ContainerDetails.UNTAGGED);
    }
}
