package org.sifregistry.container.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.sifregistry.storage.ImageDigest;

/**
 * A SIF image as an OCI artifact: a manifest of one layer, the SIF file, with an empty JSON config, as Apptainer's
 * {@code oras://} clients push and pull it. The manifest of an image stored through another protocol is built here
 * with the same bytes every time (fixed key order, no spaces), so that its digest never changes.
 */
public record SifArtifact(ContainerName name, ImageDigest layer, long size) {

    public static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";
    public static final String CONFIG_TYPE = "application/vnd.sylabs.sif.config.v1+json";
    public static final String LAYER_TYPE = "application/vnd.sylabs.sif.layer.v1.sif";
    /** The config blob: an empty JSON object. */
    public static final byte[] CONFIG = "{}".getBytes(StandardCharsets.US_ASCII);
    public static final String CONFIG_DIGEST = "sha256:" + sha256(CONFIG).hex();

    /** The manifest's bytes: always the same for the same name, image and size. */
    public byte[] manifest() {
        // Names are lowercase letters, digits and '-' (ContainerName), so the title needs no escaping
        return ("{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST_TYPE + "\","
                + "\"config\":{\"mediaType\":\"" + CONFIG_TYPE + "\",\"size\":" + CONFIG.length + ",\"digest\":\""
                + CONFIG_DIGEST + "\"},"
                + "\"layers\":[{\"mediaType\":\"" + LAYER_TYPE + "\",\"size\":" + size + ",\"digest\":\"sha256:"
                + layer.hex() + "\",\"annotations\":{\"org.opencontainers.image.title\":\"" + name.value()
                + ".sif\"}}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code sha256:<hex>} of {@link #manifest()}. */
    public String manifestDigest() {
        return "sha256:" + sha256(manifest()).hex();
    }

    private static ImageDigest sha256(byte[] bytes) {
        try {
            return ImageDigest.of(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
