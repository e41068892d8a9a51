package org.sifregistry.container.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.domain.ArtifactBlob;
import org.sifregistry.container.domain.ArtifactBlobRepository;
import org.sifregistry.container.domain.ArtifactManifest;
import org.sifregistry.container.domain.ArtifactManifestRepository;
import org.sifregistry.container.domain.ArtifactTag;
import org.sifregistry.container.domain.ArtifactTagRepository;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Image;
import org.sifregistry.container.domain.ImageFormat;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.OciManifest;
import org.sifregistry.container.domain.PushedManifest;
import org.sifregistry.container.domain.SifArtifact;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.quota.application.QuotaService;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StagedImage;
import org.sifregistry.storage.StoredImage;

/**
 * Containers seen as OCI repositories, for {@code oras://}: a container name ({@code collection/name}) is a
 * repository, its tags are tags, and each uploaded image is a one-layer SIF artifact, described by the manifest
 * pushed for it or else by one built for it. Everything is looked up with the caller's rights, so what they may not
 * see reads as missing. A push stores the SIF as an image of the name, like a library upload, and its manifest
 * publishes it under the tag as a library push's tagging does, so every protocol then sees the same container.
 *
 * <p>Any other OCI content (container images, indexes, signatures, SBOMs) is kept as any OCI registry keeps it and
 * never read as a SIF: its blobs are linked to the repository ({@link ArtifactBlob}, the content stored once in the
 * image store), its manifests kept byte for byte, its tags ({@link ArtifactTag}) in the same namespace as the
 * containers' tags, and manifests with a {@code subject} are listed by the referrers API.
 */
@Stateless
public class ArtifactService {

    @Inject
    private SignedOnlyGate signedOnly;

    @Inject
    private CollectionRepository collections;

    @Inject
    private ContainerRepository containers;

    @Inject
    private ImageRepository images;

    @Inject
    private ArtifactManifestRepository manifests;

    @Inject
    private ArtifactBlobRepository blobs;

    @Inject
    private ArtifactTagRepository artifactTags;

    @Inject
    private ImageStore store;

    @Inject
    private ContainerService containerService;

    @Inject
    private QuotaService quotas;

    @Inject
    private Clock clock;

    /**
     * From one read of the collection: with a second, a collection created in between (a parallel first push) read
     * as hidden from its own owner.
     */
    public RepositoryAccess access(CollectionName collection, Caller caller) {
        return collections.findByName(collection)
                .map(c -> c.isVisibleTo(caller)
                        ? new RepositoryAccess(true, !caller.isAnonymous() && c.isManageableBy(caller), c.isPrivate())
                        : RepositoryAccess.NONE)
                .orElse(caller.isAnonymous() || !caller.reaches(collection.value()) ? RepositoryAccess.NONE
                        : RepositoryAccess.CREATE);
    }

    /**
     * Whether {@code collection} is one nobody has yet that the caller's API token may not make, reaching other
     * collections only: refused as such rather than as missing. Anyone signed in learns as much by making it.
     */
    public boolean isOutOfReachToMake(CollectionName collection, Caller caller) {
        return !caller.reaches(collection.value()) && collections.findByName(collection).isEmpty();
    }

    /** Whether the name has a tag or an uploaded image the caller may see. */
    public boolean exists(CollectionName collection, ContainerName name, Caller caller) {
        return collections.findVisible(collection, caller)
                .map(c -> !containers.tagsOf(c, name).isEmpty() || uploaded(c, name).findAny().isPresent()
                        || !blobs.allOf(c, name).isEmpty() || !manifests.othersOf(collection, name).isEmpty())
                .orElse(false);
    }

    /**
     * The image a tag points at, described by the manifest the tag was pushed with, or else by the one pushed last
     * for its image, or else by one built for it.
     */
    public Optional<ArtifactImage> tagged(CollectionName collection, ContainerName name, Tag tag, Caller caller) {
        return collections.findVisible(collection, caller)
                .flatMap(c -> containers.findByRef(new ContainerRef(collection, name, tag, null)))
                .map(k -> k.manifestDigest().flatMap(d -> manifests.findByDigest(collection, name, d))
                        .or(() -> manifests.findNewestFor(collection, name, k.digest()))
                        .map(m -> ArtifactImage.pushed(k.id(), m, k.size()))
                        .orElseGet(() -> ArtifactImage.built(k.id(), new SifArtifact(name, k.digest(), k.size()))));
    }

    /** The artifact whose manifest has {@code manifestDigest} ({@code sha256:<hex>}): pushed, or built for an image. */
    public Optional<ArtifactImage> byManifest(CollectionName collection, ContainerName name, String manifestDigest,
                                              Caller caller) {
        return collections.findVisible(collection, caller).flatMap(c -> {
            Optional<ArtifactImage> pushed = manifests.findByDigest(collection, name, manifestDigest)
                    .filter(ArtifactManifest::isSif)
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
                .map(c -> Stream.concat(containers.tagsOf(c, name).stream().map(k -> k.tag().value()),
                        artifactTags.tagsOf(c, name).stream().map(t -> t.tag().value())).sorted().toList())
                .orElse(List.of());
    }

    /** The manifest that is not a SIF artifact's a tag points at. */
    public Optional<ArtifactContent> otherTagged(CollectionName collection, ContainerName name, Tag tag,
                                                 Caller caller) {
        return collections.findVisible(collection, caller)
                .flatMap(c -> artifactTags.find(c, name, tag))
                .flatMap(t -> manifests.findByDigest(collection, name, t.manifestDigest()))
                .map(ArtifactService::content);
    }

    /** The manifest that is not a SIF artifact's with this digest ({@code sha256:<hex>}). */
    public Optional<ArtifactContent> otherByDigest(CollectionName collection, ContainerName name, String digest,
                                                   Caller caller) {
        return collections.findVisible(collection, caller)
                .flatMap(c -> manifests.findByDigest(collection, name, digest))
                .filter(m -> !m.isSif())
                .map(ArtifactService::content);
    }

    /** A blob linked to the repository that is not a SIF image: no download is counted for it. */
    public Optional<StoredImage> otherBlob(CollectionName collection, ContainerName name, ImageDigest digest,
                                           Caller caller) {
        return collections.findVisible(collection, caller)
                .flatMap(c -> blobs.find(c, name, digest))
                .map(b -> new StoredImage(b.digest(), b.size()));
    }

    /**
     * The manifests of the repository whose {@code subject} is {@code subject} ({@code sha256:<hex>}, which need not
     * be here), the oldest first, of one artifact type when {@code artifactType} is given; empty when the caller
     * may not see the repository or it does not exist.
     */
    public Optional<List<Referrer>> referrers(CollectionName collection, ContainerName name, String subject,
                                              String artifactType, Caller caller) {
        if (!exists(collection, name, caller)) {
            return Optional.empty();
        }
        return Optional.of(manifests.bySubject(collection, name, subject).stream()
                .filter(m -> artifactType == null || artifactType.equals(m.artifactType()))
                .map(ArtifactService::referrer)
                .toList());
    }

    /** The referrers of a manifest of the repository, for pages; empty when there are none or nothing is visible. */
    public List<Referrer> referrersOf(CollectionName collection, ContainerName name, String subject, Caller caller) {
        return referrers(collection, name, subject, null, caller).orElse(List.of());
    }

    /**
     * What refers to an image of the name (signatures, SBOMs), for its container page: the referrers of the
     * manifest a pull gets for it (the newest pushed one, if any) and of the manifest built for it.
     */
    public List<Referrer> referrersOfImage(CollectionName collection, ContainerName name, ImageDigest layer, long size,
                                           Caller caller) {
        if (collections.findVisible(collection, caller).isEmpty()) {
            return List.of();
        }
        return Stream.concat(manifests.findNewestFor(collection, name, layer).map(ArtifactManifest::digest).stream(),
                        Stream.of(new SifArtifact(name, layer, size).manifestDigest()))
                .distinct()
                .flatMap(subject -> manifests.bySubject(collection, name, subject).stream())
                .map(ArtifactService::referrer)
                .toList();
    }

    /**
     * The OCI content of a collection that is not SIF artifacts (container images, indexes, signatures), by name and
     * then the newest first, with the tags of each; empty when the caller may not see the collection.
     */
    public List<ArtifactSummary> artifactsOf(CollectionName collection, Caller caller) {
        return collections.findVisible(collection, caller).map(c -> manifests.othersOf(collection).stream()
                .map(m -> {
                    OciManifest parsed = m.parsed();
                    List<String> tags = artifactTags.tagsOf(c, m.name(), m.digest()).stream()
                            .map(t -> t.tag().value()).toList();
                    return new ArtifactSummary(collection.value() + "/" + m.name().value(), m.digest(), m.mediaType(),
                            m.artifactType(), tags, parsed.content().length + parsed.blobSize(), m.subject(),
                            m.created());
                }).toList()).orElse(List.of());
    }

    /** The OCI catalog: {@code collection/name} of what the caller may see, by collection and name, after {@code last}. */
    public List<String> catalog(String last, int limit, Caller caller) {
        TreeSet<String> names = new TreeSet<>(ArtifactService::byCollectionThenName);
        names.addAll(containers.repositoryNames(caller, last, limit));
        names.addAll(manifests.repositoryNames(caller, last, limit));
        return names.stream().limit(limit).toList();
    }

    /** The order of the catalog: by collection, then name (not by the joined text, where '-' sorts before '/'). */
    private static int byCollectionThenName(String a, String b) {
        int slashA = a.indexOf('/');
        int slashB = b.indexOf('/');
        int collection = a.substring(0, slashA).compareTo(b.substring(0, slashB));
        return collection != 0 ? collection : a.substring(slashA + 1).compareTo(b.substring(slashB + 1));
    }

    /**
     * Takes a verified blob upload into the repository: a SIF becomes an uploaded (untagged) image of the name,
     * anything else (a config, a layer) is linked to it; either is stored once. The empty config is known and kept
     * nowhere. The caller discards the staged upload when this throws.
     */
    public void acceptBlob(CollectionName collectionName, ContainerName name, StagedImage staged, Caller caller) {
        Collection collection = collections.getManageable(collectionName, caller);
        if (("sha256:" + staged.digest().hex()).equals(SifArtifact.CONFIG_DIGEST)) {
            store.discard(staged);
            return;
        }
        if (isImage(staged.head())) {
            signedOnly.admit(collection, () -> store.openStaged(staged));
        }
        quotas.admit(collection, staged.digest(), staged.size());
        StoredImage stored;
        try {
            stored = store.commit(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload of " + staged.digest(), e);
        }
        if (isImage(staged.head())) {
            images.findOrAdd(collection, name, staged.digest(), caller.username(), clock.instant()).uploaded(stored);
        } else {
            blobs.link(collection, name, stored, clock.instant());
        }
    }

    /**
     * Refuses content of {@code size} bytes announced for the repository that would not fit in a quota, before it
     * is sent; a collection not made yet is checked when the bytes are complete.
     */
    public void requireRoom(CollectionName collectionName, ImageDigest digest, long size, Caller caller) {
        collections.findVisible(collectionName, caller)
                .ifPresent(collection -> quotas.requireRoom(collection, digest, size));
    }

    /**
     * Mounts a blob from another repository ({@code from}, or when null any the caller may pull from) instead of an
     * upload: a SIF becomes an image of the name, other content is linked. False when the blob is not where the
     * caller may pull it; the client then uploads it.
     */
    public boolean mount(CollectionName collectionName, ContainerName name, ImageDigest digest,
                         CollectionName fromCollection, ContainerName fromName, Caller caller) {
        Collection collection = collections.getManageable(collectionName, caller);
        Instant now = clock.instant();
        Optional<StoredImage> stored = storedWhereVisible(digest, fromCollection, fromName, caller);
        if (stored.isEmpty()) {
            return false;
        }
        quotas.admit(collection, digest, stored.get().size());
        boolean sif = fromCollection == null
                ? images.isUploadedWhereVisible(digest, caller)
                : collections.findVisible(fromCollection, caller)
                .flatMap(c -> images.find(c, fromName, digest)).filter(Image::isUploaded).isPresent();
        if (sif) {
            signedOnly.admit(collection, () -> store.openChannel(stored.get()));
            Image image = images.findOrAdd(collection, name, digest, caller.username(), now);
            if (!image.isUploaded()) {
                image.uploaded(stored.get());
            }
        } else {
            blobs.link(collection, name, stored.get(), now);
        }
        return true;
    }

    /**
     * Deletes a blob from the repository: a link to other content goes at once (the content goes with the garbage
     * once nothing links it); a SIF only while no tag points at it, since its tags are containers the other
     * protocols serve, and then with its manifests.
     */
    public BlobDeletion deleteBlob(CollectionName collectionName, ContainerName name, ImageDigest digest,
                                   Caller caller) {
        Optional<Collection> visible = collections.findVisible(collectionName, caller);
        if (visible.isEmpty()) {
            return BlobDeletion.UNKNOWN;
        }
        Collection collection = collections.getManageable(collectionName, caller);
        Optional<ArtifactBlob> linked = blobs.find(collection, name, digest);
        if (linked.isPresent()) {
            blobs.remove(linked.get());
            return BlobDeletion.DELETED;
        }
        Optional<Image> image = images.find(collection, name, digest).filter(Image::isUploaded);
        if (image.isEmpty()) {
            return BlobDeletion.UNKNOWN;
        }
        if (containers.tagsOf(collection, name).stream().anyMatch(k -> k.digest().equals(digest))) {
            return BlobDeletion.TAGGED;
        }
        images.remove(image.get());
        manifests.removeSifOf(collectionName, name, digest);
        return BlobDeletion.DELETED;
    }

    /** What {@link #deleteBlob} did. */
    public enum BlobDeletion {
        DELETED,
        /** A SIF that a tag points at: its manifest (or its tags) must go first. */
        TAGGED,
        UNKNOWN
    }

    /**
     * Keeps a pushed manifest that is not a SIF artifact's and, with a tag, points the tag at it (moving it from a
     * SIF container, unless that is frozen). Every blob and manifest it lists must be in the repository already;
     * its subject need not be.
     *
     * @param tag null for a push by digest
     * @return the digest of the first blob or manifest it lists that is not here; empty once it is kept
     */
    public Optional<String> publishOther(CollectionName collectionName, ContainerName name, Tag tag,
                                         OciManifest manifest, Caller caller) {
        Collection collection = collections.getManageableForPush(collectionName, caller);
        for (OciManifest.Descriptor blob : manifest.blobs()) {
            if (blob.isDistributable() && !hasBlob(collection, name, blob.digest())) {
                return Optional.of(blob.digest());
            }
        }
        for (OciManifest.Descriptor listed : manifest.manifests()) {
            if (!hasManifest(collection, name, listed.digest(), caller)) {
                return Optional.of(listed.digest());
            }
        }
        Instant now = clock.instant();
        manifests.findByDigest(collectionName, name, manifest.digest()).ifPresentOrElse(m -> m.pushedAgain(now),
                () -> manifests.add(new ArtifactManifest(collectionName, name, manifest, now)));
        if (tag != null) {
            ContainerRef ref = new ContainerRef(collectionName, name, tag, null);
            if (containers.findByRef(ref).isPresent()) {
                // One namespace: the tag leaves the SIF container (refused when it is frozen)
                containerService.delete(ref, caller);
            }
            artifactTags.point(collection, name, tag, manifest.digest(), now);
        }
        collection.touch(now);
        return Optional.empty();
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
                    caller).pushedWith(manifest.digest());
        }
        return true;
    }

    /** Deletes a tag, as deleting its container does anywhere else; false if there is no such tag. */
    public boolean untag(CollectionName collection, ContainerName name, Tag tag, Caller caller) {
        ContainerRef ref = new ContainerRef(collection, name, tag, null);
        Optional<ArtifactTag> other = collections.findVisible(collection, caller)
                .flatMap(c -> artifactTags.find(c, name, tag));
        if (other.isPresent()) {
            collections.getManageable(collection, caller);
            artifactTags.remove(other.get());
            return true;
        }
        if (collections.findVisible(collection, caller).flatMap(c -> containers.findByRef(ref)).isEmpty()) {
            return false;
        }
        containerService.delete(ref, caller);
        return true;
    }

    /**
     * Deletes a manifest: every tag of the name on its image, and the pushed manifest itself; the image goes with
     * its last tag (its file with the garbage). False if the name has no such manifest.
     */
    public boolean deleteManifest(CollectionName collection, ContainerName name, String manifestDigest,
                                  Caller caller) {
        Optional<ArtifactManifest> other = collections.findVisible(collection, caller)
                .flatMap(c -> manifests.findByDigest(collection, name, manifestDigest))
                .filter(m -> !m.isSif());
        if (other.isPresent()) {
            Collection manageable = collections.getManageable(collection, caller);
            artifactTags.tagsOf(manageable, name, manifestDigest).forEach(artifactTags::remove);
            manifests.remove(other.get());
            return true;
        }
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
                signedOnly.admit(collection, () -> store.openChannel(stored));
                quotas.admit(collection, digest, stored.size());
                Image image = images.findOrAdd(collection, name, digest, caller.username(), now);
                image.uploaded(stored);
                return image;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look up " + digest + " in the image store", e);
        }
    }

    /** The stored content with this digest, if the caller may pull it from {@code from} (null: from anywhere). */
    private Optional<StoredImage> storedWhereVisible(ImageDigest digest, CollectionName fromCollection,
                                                     ContainerName fromName, Caller caller) {
        boolean visible = fromCollection == null
                ? images.isUploadedWhereVisible(digest, caller) || blobs.isLinkedWhereVisible(digest, caller)
                : collections.findVisible(fromCollection, caller)
                .map(c -> images.find(c, fromName, digest).filter(Image::isUploaded).isPresent()
                        || blobs.find(c, fromName, digest).isPresent())
                .orElse(false);
        if (!visible) {
            return Optional.empty();
        }
        try {
            return store.find(digest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look up " + digest + " in the image store", e);
        }
    }

    /** Whether a manifest may list this blob: linked here, a SIF image of the name, or the empty JSON config. */
    private boolean hasBlob(Collection collection, ContainerName name, String digest) {
        if (digest.equals(SifArtifact.CONFIG_DIGEST)) {
            return true;
        }
        ImageDigest content = ImageDigest.parse(digest.substring("sha256:".length()));
        return blobs.find(collection, name, content).isPresent()
                || images.find(collection, name, content).filter(Image::isUploaded).isPresent();
    }

    /** Whether an index may list this manifest: pushed here, or built for a SIF image of the name. */
    private boolean hasManifest(Collection collection, ContainerName name, String digest, Caller caller) {
        return manifests.findByDigest(collection.name(), name, digest).filter(m -> !m.isSif()).isPresent()
                || byManifest(collection.name(), name, digest, caller).isPresent();
    }

    /** What the registry reads as an image (a SIF or a Singularity 2 image); any other blob is only kept. */
    private static boolean isImage(byte[] head) {
        try {
            ImageFormat.of(head);
            return true;
        } catch (InvalidInputException notAnImage) {
            return false;
        }
    }

    private static ArtifactContent content(ArtifactManifest manifest) {
        return new ArtifactContent(manifest.digest(), manifest.mediaType(), manifest.content());
    }

    private static Referrer referrer(ArtifactManifest manifest) {
        OciManifest parsed = manifest.parsed();
        return new Referrer(parsed.mediaType(), parsed.digest(), parsed.content().length, parsed.artifactType(),
                parsed.annotations());
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
