package org.sifregistry.container.rest;

import java.time.Instant;

import org.sifregistry.container.domain.ContainerListing;

/** A container in a list of the browse API, its reference spelled out. */
public record ContainerItem(String ref, String collection, String name, String tag, String version, long size,
                            long downloadCount, Instant updated, boolean privateCollection) {

    static ContainerItem of(ContainerListing k) {
        return new ContainerItem(k.ref().toString(), k.ref().collection().value(), k.ref().name().value(),
                k.ref().tag().value(), k.version(), k.size(), k.downloadCount(), k.updated(), k.privateCollection());
    }
}
