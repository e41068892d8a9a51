package org.sifregistry.stats.application;

/**
 * What the registry holds and has still to do, as its gauges show it: containers whose header the
 * {@code parse-image} job has yet to read, download events the {@code update-downloads} job has yet to count, and
 * the distinct image files stored with their bytes.
 */
public record Census(long parsePending, long uncountedDownloads, long storedImages, long storedBytes) {
}
