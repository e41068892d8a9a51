package org.sifregistry.container.application;

/** One tag of a container name: which image it points at, and for which architecture. */
public record ImageTag(String tag, String architecture, long imageId) {
}
