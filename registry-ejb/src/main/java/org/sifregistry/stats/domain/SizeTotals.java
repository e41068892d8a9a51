package org.sifregistry.stats.domain;

import java.io.Serializable;

/** The collections of a size overview together: how many containers, how many bytes (images and OCI blobs). */
public record SizeTotals(long containers, long bytes) implements Serializable {
}
