package org.sifregistry.container.domain;

import static org.sifregistry.container.domain.ManifestJson.baseType;
import static org.sifregistry.container.domain.ManifestJson.invalid;
import static org.sifregistry.container.domain.ManifestJson.object;
import static org.sifregistry.container.domain.ManifestJson.read;
import static org.sifregistry.container.domain.ManifestJson.sha256;
import static org.sifregistry.container.domain.ManifestJson.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;

/**
 * Any manifest the OCI Distribution specification names, as a client pushed it: an OCI image manifest or index, a
 * Docker schema 2 manifest or manifest list. It is checked to be well formed (its type, its descriptors) and read
 * for what the registry needs of it: the blobs and manifests it references (which must be in the repository before
 * it is), its {@code subject} (the manifest it refers to, for the referrers API) and its artifact type. Its bytes
 * are kept as they came. A SIF artifact's manifest is also one of these; {@link #describesSif()} tells it apart,
 * and {@link PushedManifest} then holds it to the stricter rules of a SIF.
 *
 * @param digest       {@code sha256:<hex>} of {@code content}
 * @param mediaType    what the manifest says it is, or else what it was sent as
 * @param artifactType its {@code artifactType}, or else its config's media type; null for an index without one
 * @param subject      the manifest it refers to, or null
 * @param blobs        the config and the layers of an image manifest; empty for an index
 * @param manifests    the manifests of an index; empty for an image manifest
 */
public record OciManifest(String digest, String mediaType, byte[] content, String artifactType, Descriptor subject,
                          List<Descriptor> blobs, List<Descriptor> manifests, Map<String, String> annotations) {

    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    public static final Set<String> IMAGE_TYPES = Set.of(OCI_MANIFEST, DOCKER_MANIFEST);
    public static final Set<String> INDEX_TYPES = Set.of(OCI_INDEX, DOCKER_LIST);
    /** Layers a client never uploads: their content is fetched from the URLs they name. */
    private static final Set<String> FOREIGN_LAYER_TYPES = Set.of(
            "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
            "application/vnd.oci.image.layer.nondistributable.v1.tar",
            "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
            "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd");

    /** A reference to content by its digest, as manifests, indexes and the referrers API write it. */
    public record Descriptor(String mediaType, String digest, long size) {

        /** Whether the registry must hold its content; not so for layers a client fetches from elsewhere. */
        public boolean isDistributable() {
            return !FOREIGN_LAYER_TYPES.contains(mediaType);
        }
    }

    public OciManifest {
        content = content.clone();
        blobs = List.copyOf(blobs);
        manifests = List.copyOf(manifests);
        annotations = Map.copyOf(annotations);
    }

    /**
     * @param contentType the request's Content-Type, which names the manifest's type when it has no mediaType
     * @throws InvalidInputException if it is not a well-formed manifest of a type the specification names
     */
    public static OciManifest parse(byte[] content, String contentType) {
        if (content.length > PushedManifest.MAX_BYTES) {
            throw invalid(ErrorKey.MANIFEST_TOO_LARGE, content.length, PushedManifest.MAX_BYTES);
        }
        JsonObject manifest = read(content);
        if (manifest.getInt("schemaVersion", 0) != 2) {
            throw invalid(ErrorKey.MANIFEST_SCHEMA_VERSION);
        }
        String mediaType = manifest.containsKey("mediaType") ? string(manifest, "mediaType") : baseType(contentType);
        String known = String.join(", ", List.of(OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST));
        if (mediaType == null || mediaType.isEmpty()) {
            throw invalid(ErrorKey.MANIFEST_NO_MEDIA_TYPE, known);
        }
        if (!IMAGE_TYPES.contains(mediaType) && !INDEX_TYPES.contains(mediaType)) {
            throw invalid(ErrorKey.MANIFEST_MEDIA_TYPE, known, UserText.abbreviated(mediaType));
        }
        List<Descriptor> blobs = new ArrayList<>();
        List<Descriptor> manifests = new ArrayList<>();
        String artifactType = string(manifest, "artifactType");
        if (IMAGE_TYPES.contains(mediaType)) {
            if (!(manifest.get("config") instanceof JsonObject config)) {
                throw invalid(ErrorKey.MANIFEST_MISSING, "config");
            }
            Descriptor configDescriptor = descriptor(config, "config");
            blobs.add(configDescriptor);
            blobs.addAll(descriptors(manifest, "layers"));
            if (artifactType == null) {
                artifactType = configDescriptor.mediaType();
            }
        } else {
            manifests.addAll(descriptors(manifest, "manifests"));
        }
        Descriptor subject = manifest.get("subject") instanceof JsonObject object ? descriptor(object, "subject")
                : null;
        if (manifest.containsKey("subject") && subject == null) {
            throw invalid(ErrorKey.MANIFEST_DESCRIPTOR, "subject");
        }
        return new OciManifest("sha256:" + sha256(content), mediaType, content, artifactType, subject, blobs,
                manifests, annotations(manifest));
    }

    /** Whether it is an index (or list) of manifests rather than an image manifest. */
    public boolean isIndex() {
        return INDEX_TYPES.contains(mediaType);
    }

    /**
     * Whether it is meant as a SIF artifact: an image manifest with the SIF config type or a SIF layer. The
     * unknown config type of oras-go v1 alone does not say so: oras pushes any file with it.
     */
    public boolean describesSif() {
        return !isIndex() && (SifArtifact.CONFIG_TYPE.equals(blobs.get(0).mediaType())
                || blobs.stream().skip(1).anyMatch(b -> PushedManifest.LAYER_TYPES.contains(b.mediaType())));
    }

    /** The bytes of its blobs, the config and the layers; what it adds to a repository beyond its own bytes. */
    public long blobSize() {
        return blobs.stream().mapToLong(Descriptor::size).sum();
    }

    /** Its own descriptor, as an index or the referrers API lists it. */
    public Descriptor descriptor() {
        return new Descriptor(mediaType, digest, content.length);
    }

    private static List<Descriptor> descriptors(JsonObject manifest, String key) {
        if (!(manifest.get(key) instanceof JsonArray array)) {
            throw invalid(ErrorKey.MANIFEST_MISSING, key);
        }
        List<Descriptor> descriptors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = key + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject object)) {
                throw invalid(ErrorKey.MANIFEST_DESCRIPTOR, where);
            }
            descriptors.add(descriptor(object, where));
        }
        return descriptors;
    }

    private static Descriptor descriptor(JsonObject object, String where) {
        String mediaType = string(object, "mediaType");
        String digest = string(object, "digest");
        long size = object.get("size") instanceof JsonNumber number && number.isIntegral() ? number.longValue() : -1;
        if (mediaType == null || mediaType.isEmpty() || digest == null || !ManifestJson.SHA256.matcher(digest).matches()
                || size < 0) {
            throw invalid(ErrorKey.MANIFEST_DESCRIPTOR, where);
        }
        return new Descriptor(mediaType, digest, size);
    }

    /** String values only; the specification allows nothing else there, and a client reading them expects strings. */
    private static Map<String, String> annotations(JsonObject manifest) {
        Map<String, String> annotations = new LinkedHashMap<>();
        if (manifest.get("annotations") instanceof JsonObject object) {
            object.forEach((key, value) -> {
                if (value instanceof JsonString text) {
                    annotations.put(key, text.getString());
                }
            });
        }
        return annotations;
    }
}
