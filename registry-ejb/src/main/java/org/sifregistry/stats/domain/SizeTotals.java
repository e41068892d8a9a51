package org.sifregistry.stats.domain;

import java.io.Serializable;

/**
 * The containers of a size overview together: how many, how many bytes, and the bytes of the largest collection,
 * against which the bars of the others are drawn.
 */
public record SizeTotals(long containers, long bytes, long largestCollectionBytes) implements Serializable {
}
