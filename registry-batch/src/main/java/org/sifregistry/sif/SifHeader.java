package org.sifregistry.sif;

import java.time.Instant;
import java.util.UUID;

/**
 * The SIF global header. {@code architecture} is the Go name ("amd64") or null when the header says "unknown";
 * {@code id} is null when all zero; the times are null when unset (0 or Go's zero time) or not representable.
 */
public record SifHeader(
        String launchScript,
        String version,
        String architecture,
        UUID id,
        Instant created,
        Instant modified,
        long dataOffset,
        long dataSize,
        int descriptorsTotal,
        int descriptorsFree,
        long descriptorsOffset,
        long descriptorsSize) {
}
