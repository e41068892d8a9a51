package org.sifregistry.stats.application;

import java.io.Serializable;

/** A collection in a ranking by stars or downloads, with its counts. */
public record RankedCollection(String name, boolean privateCollection, long containers, long stars, long downloads)
        implements Serializable {
}
