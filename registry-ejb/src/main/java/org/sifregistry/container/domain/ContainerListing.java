package org.sifregistry.container.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * One container as lists and rankings show it, read as plain columns: no entity is loaded, so a page of them costs
 * one query and never touches the lazy definition file.
 */
public record ContainerListing(ContainerRef ref, String version, long size, long downloadCount, Instant updated,
                               boolean privateCollection) implements Serializable {

    /** The JPQL select list {@link #of} reads, over {@code Container k JOIN k.collection c}. */
    public static final String COLUMNS = columns("c");

    /** The select list {@link #of} reads, over {@code Container k} and its collection at {@code collection}. */
    public static String columns(String collection) {
        return collection + ".name, k.name, k.tag, k.version, k.size, k.downloadCount, k.updated, " + collection
                + ".privateCollection";
    }

    /** The listing selected by {@link #COLUMNS} in {@code row}, starting at index {@code first}. */
    public static ContainerListing of(Object[] row, int first) {
        return new ContainerListing(
                ContainerRef.of((String) row[first], (String) row[first + 1], (String) row[first + 2]),
                (String) row[first + 3],
                ((Number) row[first + 4]).longValue(),
                ((Number) row[first + 5]).longValue(),
                (Instant) row[first + 6],
                (Boolean) row[first + 7]);
    }

    public String collection() {
        return ref.collection().value();
    }
}
