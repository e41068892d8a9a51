package org.sifregistry.container.application;

import java.time.Instant;
import java.util.List;

/**
 * An image as the clients see it, read within the service's transaction: where it lives, its digest and size,
 * whether its upload is complete, and the tags that point at it.
 *
 * @param architecture from the tags that point at it; null while untagged
 */
public record ImageDetails(long id, String collection, String name, String version, long size, boolean uploaded,
                           String architecture, List<String> tags, boolean privateCollection, Instant created) {
}
