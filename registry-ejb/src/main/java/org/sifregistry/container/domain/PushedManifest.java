package org.sifregistry.container.domain;

import static org.sifregistry.container.domain.ManifestJson.baseType;
import static org.sifregistry.container.domain.ManifestJson.invalid;
import static org.sifregistry.container.domain.ManifestJson.object;
import static org.sifregistry.container.domain.ManifestJson.read;
import static org.sifregistry.container.domain.ManifestJson.sha256;
import static org.sifregistry.container.domain.ManifestJson.string;

import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.storage.ImageDigest;

/**
 * An OCI manifest an {@code oras://} client pushed, checked to describe a SIF artifact: one layer of the SIF media
 * type and the empty JSON config, in the forms both Apptainer client families write (with or without
 * {@code mediaType}; config type {@code application/vnd.sylabs.sif.config.v1+json} or oras-go v1's
 * {@code application/vnd.unknown.config.v1+json}). Its bytes are kept as they came, so a pull gets exactly them.
 *
 * @param digest    {@code sha256:<hex>} of {@code content}
 * @param mediaType what the manifest says it is, or else what it was sent as
 */
public record PushedManifest(String digest, String mediaType, byte[] content, ImageDigest layer, long layerSize) {

    /** What the OCI specification asks registries to accept at least; a SIF manifest is a few hundred bytes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final String DOCKER_MANIFEST_TYPE = "application/vnd.docker.distribution.manifest.v2+json";
    /** Apptainer 1.3.0 alone sent its manifest as a docker one. */
    public static final Set<String> MANIFEST_TYPES = Set.of(SifArtifact.MANIFEST_TYPE, DOCKER_MANIFEST_TYPE);
    public static final Set<String> CONFIG_TYPES = Set.of(SifArtifact.CONFIG_TYPE,
            "application/vnd.unknown.config.v1+json");
    /** With the typo of old Apptainer releases, which clients still accept. */
    public static final Set<String> LAYER_TYPES = Set.of(SifArtifact.LAYER_TYPE,
            "appliciation/vnd.sylabs.sif.layer.tar");

    /**
     * @param contentType the request's Content-Type, which names the manifest's type when it has no mediaType
     * @throws InvalidInputException if it is not a SIF artifact's manifest
     */
    public static PushedManifest parse(byte[] content, String contentType) {
        if (content.length > MAX_BYTES) {
            throw invalid(ErrorKey.MANIFEST_TOO_LARGE, content.length, MAX_BYTES);
        }
        JsonObject manifest = read(content);
        if (manifest.getInt("schemaVersion", 0) != 2) {
            throw invalid(ErrorKey.MANIFEST_SCHEMA_VERSION);
        }
        String mediaType = manifest.containsKey("mediaType") ? string(manifest, "mediaType") : baseType(contentType);
        if (mediaType == null || !MANIFEST_TYPES.contains(mediaType)) {
            throw mediaType == null ? invalid(ErrorKey.MANIFEST_UNTYPED, SifArtifact.MANIFEST_TYPE)
                    : invalid(ErrorKey.MANIFEST_TYPE, SifArtifact.MANIFEST_TYPE, mediaType);
        }
        JsonObject config = object(manifest, "config");
        String configType = string(config, "mediaType");
        if (!isOneOf(CONFIG_TYPES, configType)) {
            throw invalid(ErrorKey.MANIFEST_CONFIG_TYPE, SifArtifact.CONFIG_TYPE, orNone(configType));
        }
        if (!SifArtifact.CONFIG_DIGEST.equals(string(config, "digest"))) {
            throw invalid(ErrorKey.MANIFEST_CONFIG_DIGEST, "{}", SifArtifact.CONFIG_DIGEST);
        }
        JsonArray layers = manifest.get("layers") instanceof JsonArray array ? array : null;
        if (layers == null || layers.size() != 1 || !(layers.get(0) instanceof JsonObject layer)) {
            throw invalid(ErrorKey.MANIFEST_ONE_LAYER);
        }
        String layerType = string(layer, "mediaType");
        if (!isOneOf(LAYER_TYPES, layerType)) {
            throw invalid(ErrorKey.MANIFEST_LAYER_TYPE, SifArtifact.LAYER_TYPE, orNone(layerType));
        }
        String layerDigest = string(layer, "digest");
        if (layerDigest == null || !ManifestJson.SHA256.matcher(layerDigest).matches()) {
            throw invalid(ErrorKey.MANIFEST_LAYER_DIGEST);
        }
        long size = layer.get("size") instanceof jakarta.json.JsonNumber number && number.isIntegral()
                ? number.longValue() : -1;
        if (size < 0) {
            throw invalid(ErrorKey.MANIFEST_LAYER_SIZE);
        }
        return new PushedManifest("sha256:" + sha256(content), mediaType, content.clone(),
                ImageDigest.parse(layerDigest.substring("sha256:".length())), size);
    }

    /** {@code Set.of(...).contains(null)} throws, and a config or layer without a string media type is a refusal. */
    private static boolean isOneOf(Set<String> types, String type) {
        return type != null && types.contains(type);
    }

    private static String orNone(String type) {
        return type == null ? "none" : type;
    }
}
