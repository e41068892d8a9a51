package org.sifregistry.container.rest;

import java.time.Instant;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A container as the shub client (and sregistry) reads it. {@code commit} names the client's cache file, so it is
 * the image's sha256: unique per content, and a moved tag never serves a stale cached image.
 */
public record ShubContainer(long id, String name, String tag, String collection, String version, String commit,
                            long size, boolean frozen, @JsonbProperty("add_date") Instant addDate, String image,
                            Map<String, Object> metadata) {
}
