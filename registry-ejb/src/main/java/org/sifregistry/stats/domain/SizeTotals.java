package org.sifregistry.stats.domain;

import java.io.Serializable;

/**
 * The collections of a size overview together: how many containers, how many bytes (images and OCI blobs), and
 * the bytes of the largest collection, against which the bars of the others are drawn.
 */
public record SizeTotals(long containers, long bytes, long largestCollectionBytes) implements Serializable {
}
