package org.sifregistry.container.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.container.domain.ArtifactBlob;
import org.sifregistry.container.domain.ArtifactBlobRepository;
import org.sifregistry.container.domain.ArtifactManifest;
import org.sifregistry.container.domain.ArtifactManifestRepository;
import org.sifregistry.container.domain.ArtifactTagRepository;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.Image;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.OciManifest;
import org.sifregistry.container.domain.SifArtifact;
import org.sifregistry.storage.ImageDigest;

/**
 * Garbage collection's view of the database: which image records are abandoned or no longer tagged, which OCI
 * manifests and blob links nothing needs any more, and whether a stored file is still used. The
 * {@code collect-garbage} job removes the files.
 */
@Stateless
public class ImageCollector {

    @Inject
    private ImageRepository images;

    @Inject
    private ArtifactManifestRepository manifests;

    @Inject
    private ArtifactBlobRepository blobs;

    @Inject
    private ArtifactTagRepository tags;

    @Inject
    private CollectionRepository collections;

    public int forgetAbandonedUploads(Instant cutoff) {
        return images.forgetAbandonedBefore(cutoff);
    }

    public int forgetUntaggedImages(Instant cutoff) {
        return images.forgetUntaggedBefore(cutoff);
    }

    /** The manifests kept for SIF images that are gone (deleted, or forgotten untagged). */
    public int forgetManifestsOfGoneImages() {
        return manifests.removeSifWithoutImage();
    }

    /**
     * Forgets manifests that are not SIF artifacts' the way untagged images go: pushed before {@code cutoff} and
     * needed by nothing, that is neither tagged, nor listed by a kept index, nor referring (by {@code subject}) to
     * a kept manifest or a SIF of their repository; a signature lives as long as what it signs.
     */
    public int forgetUnneededManifests(Instant cutoff) {
        int forgotten = 0;
        for (Object[] repository : manifests.repositoriesWithOthersBefore(cutoff)) {
            CollectionName collectionName = new CollectionName((String) repository[0]);
            ContainerName name = new ContainerName((String) repository[1]);
            Optional<Collection> collection = collections.findByName(collectionName);
            if (collection.isEmpty()) {
                continue;
            }
            List<ArtifactManifest> others = manifests.othersOf(collectionName, name);
            Set<String> kept = new HashSet<>();
            tags.tagsOf(collection.get(), name).forEach(t -> kept.add(t.manifestDigest()));
            for (Image image : images.allOf(collection.get(), name)) {
                if (image.isUploaded()) {
                    kept.add(new SifArtifact(name, image.digest(), image.size()).manifestDigest());
                    manifests.findNewestFor(collectionName, name, image.digest()).ifPresent(m -> kept.add(m.digest()));
                }
            }
            others.stream().filter(m -> !m.created().isBefore(cutoff)).forEach(m -> kept.add(m.digest()));
            Map<String, OciManifest> parsed = new HashMap<>();
            others.forEach(m -> parsed.put(m.digest(), m.parsed()));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (ArtifactManifest manifest : others) {
                    if (!kept.contains(manifest.digest()) && manifest.subject() != null
                            && kept.contains(manifest.subject())) {
                        grew |= kept.add(manifest.digest());
                    }
                    if (kept.contains(manifest.digest())) {
                        for (OciManifest.Descriptor listed : parsed.get(manifest.digest()).manifests()) {
                            grew |= kept.add(listed.digest());
                        }
                    }
                }
            }
            for (ArtifactManifest manifest : others) {
                if (!kept.contains(manifest.digest())) {
                    manifests.remove(manifest);
                    forgotten++;
                }
            }
        }
        return forgotten;
    }

    /**
     * Forgets blob links made before {@code cutoff} (the age of an abandoned upload) that no manifest of their
     * repository lists: an upload whose manifest never came, or whose manifests are gone.
     */
    public int forgetUnlistedBlobs(Instant cutoff) {
        int forgotten = 0;
        Map<String, Set<String>> listed = new HashMap<>();
        for (ArtifactBlob blob : blobs.linkedBefore(cutoff)) {
            CollectionName collection = blob.collection().name();
            Set<String> digests = listed.computeIfAbsent(collection.value() + "/" + blob.name().value(), k -> {
                Set<String> all = new HashSet<>();
                for (ArtifactManifest manifest : manifests.othersOf(collection, blob.name())) {
                    manifest.parsed().blobs().forEach(b -> all.add(b.digest()));
                }
                return all;
            });
            if (!digests.contains("sha256:" + blob.digest().hex())) {
                blobs.remove(blob);
                forgotten++;
            }
        }
        return forgotten;
    }

    /** Whether an image, a container or a blob link still uses the stored file with this digest. */
    public boolean isUsed(ImageDigest digest) {
        return images.isStoredFileUsed(digest) || blobs.isLinked(digest);
    }
}
