package org.sifregistry.stats.domain;

import java.io.Serializable;

/**
 * How many bytes one collection takes: every tag's image, and every OCI blob linked to one of its repositories (a
 * blob linked to two counts twice, as an image under two tags does).
 */
public record CollectionSize(String collection, boolean privateCollection, long containers, long bytes)
        implements Serializable {
}
