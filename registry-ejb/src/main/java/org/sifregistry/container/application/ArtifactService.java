package org.sifregistry.container.application;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Image;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.SifArtifact;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.storage.ImageDigest;

/**
 * Containers seen as OCI repositories, for {@code oras://}: a container name ({@code collection/name}) is a
 * repository, its tags are tags, and each uploaded image is a one-layer SIF artifact. Everything is looked up with
 * the caller's rights, so what they may not see reads as missing.
 */
@Stateless
public class ArtifactService {

    @Inject
    private CollectionRepository collections;

    @Inject
    private ContainerRepository containers;

    @Inject
    private ImageRepository images;

    public RepositoryAccess access(CollectionName collection, Caller caller) {
        return collections.findVisible(collection, caller)
                .map(c -> new RepositoryAccess(true, !caller.isAnonymous() && c.isManageableBy(caller)))
                .orElse(RepositoryAccess.NONE);
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
                .map(k -> new ArtifactImage(k.id(), new SifArtifact(name, k.digest(), k.size())));
    }

    /** The uploaded image of this name whose artifact manifest has {@code manifestDigest} ({@code sha256:<hex>}). */
    public Optional<ArtifactImage> byManifest(CollectionName collection, ContainerName name, String manifestDigest,
                                              Caller caller) {
        return collections.findVisible(collection, caller)
                .flatMap(c -> uploaded(c, name)
                        .map(i -> new SifArtifact(name, i.digest(), i.size()))
                        .filter(a -> a.manifestDigest().equals(manifestDigest))
                        .findFirst())
                .map(a -> new ArtifactImage(countedFor(collection, name, a.layer()), a));
    }

    /** The uploaded image of this name with these bytes: the SIF layer of its artifact. */
    public Optional<ArtifactImage> layer(CollectionName collection, ContainerName name, ImageDigest digest,
                                         Caller caller) {
        return collections.findVisible(collection, caller)
                .flatMap(c -> images.find(c, name, digest))
                .filter(Image::isUploaded)
                .map(i -> new ArtifactImage(countedFor(collection, name, digest),
                        new SifArtifact(name, i.digest(), i.size())));
    }

    /** The name's tags in lexical order; empty when there are none or the caller may not see them. */
    public List<String> tags(CollectionName collection, ContainerName name, Caller caller) {
        return collections.findVisible(collection, caller)
                .map(c -> containers.tagsOf(c, name).stream().map(k -> k.tag().value()).sorted().toList())
                .orElse(List.of());
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
