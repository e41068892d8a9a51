package org.sifregistry.container.application;

/**
 * A container as a pull finds it: {@code id} is {@link ContainerDetails#UNTAGGED} for an image that a pinned version
 * names and no tag points at; {@code version} is the image's sha256 version.
 */
public record PullTarget(long id, String ref, String version, boolean privateCollection) {
}
