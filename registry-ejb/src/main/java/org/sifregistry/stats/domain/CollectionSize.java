package org.sifregistry.stats.domain;

import java.io.Serializable;

/** How many bytes the containers of one collection take, counting every tag's image. */
public record CollectionSize(String collection, boolean privateCollection, long containers, long bytes)
        implements Serializable {
}
