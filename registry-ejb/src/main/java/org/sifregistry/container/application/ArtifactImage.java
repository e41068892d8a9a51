package org.sifregistry.container.application;

import org.sifregistry.container.domain.ArtifactManifest;
import org.sifregistry.container.domain.SifArtifact;
import org.sifregistry.storage.ImageDigest;

/**
 * An image as an OCI artifact, for the {@code oras://} API: its manifest, the one pushed for it or one built for it,
 * and its SIF layer.
 *
 * @param containerId    the container a download of it counts for: the tag that was asked for, or one pointing at
 *                       the image; {@link ContainerDetails#UNTAGGED} when no tag does
 * @param manifestDigest {@code sha256:<hex>} of {@code manifest}
 */
public record ArtifactImage(long containerId, ImageDigest layer, long size, byte[] manifest, String manifestType,
                            String manifestDigest) {

    static ArtifactImage built(long containerId, SifArtifact artifact) {
        return new ArtifactImage(containerId, artifact.layer(), artifact.size(), artifact.manifest(),
                SifArtifact.MANIFEST_TYPE, artifact.manifestDigest());
    }

    static ArtifactImage pushed(long containerId, ArtifactManifest manifest, long size) {
        return new ArtifactImage(containerId, manifest.layer(), size, manifest.content(), manifest.mediaType(),
                manifest.digest());
    }
}
