package org.sifregistry.sif;

/** An SBOM object: its format as Go names it ("cyclonedx-json", "spdx-json", ... or "unknown") and its size. */
public record SifSbom(int objectId, String format, long size) {
}
