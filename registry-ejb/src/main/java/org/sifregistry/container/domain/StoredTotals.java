package org.sifregistry.container.domain;

/** The distinct image files the registry stores, and their bytes. */
public record StoredTotals(long images, long bytes) {
}
