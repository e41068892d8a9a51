package org.sifregistry.container.application;

import org.sifregistry.container.domain.SifArtifact;

/**
 * An image as an OCI artifact, for the {@code oras://} API.
 *
 * @param containerId the container a download of it counts for: the tag that was asked for, or one pointing at
 *                    the image; {@link ContainerDetails#UNTAGGED} when no tag does
 */
public record ArtifactImage(long containerId, SifArtifact artifact) {
}
