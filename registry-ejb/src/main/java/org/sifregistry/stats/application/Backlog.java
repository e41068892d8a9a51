package org.sifregistry.stats.application;

/**
 * What the registry has still to do, as its gauges show it: containers whose header the {@code parse-image} job has
 * yet to read, and download events the {@code update-downloads} job has yet to count.
 */
public record Backlog(long parsePending, long uncountedDownloads) {
}
