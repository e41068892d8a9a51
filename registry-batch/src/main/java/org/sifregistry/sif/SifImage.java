package org.sifregistry.sif;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SifReader} found in an image. For {@link ImageKind#LEGACY} images only {@code kind} and
 * {@code legacyFileSystem} are set (the lists and labels are empty, the rest null).
 *
 * @param definitionFile the Deffile object, else the "deffile" of an inspect-metadata generic JSON object
 * @param labels         the JSON Labels objects in table order, then the inspect-metadata labels; a later
 *                       source overrides the value of an earlier key; nested objects are flattened to dotted
 *                       keys, arrays kept as JSON text, nulls skipped
 * @param runscript      "runscript" of the inspect-metadata generic JSON
 * @param help           "helpfile" (or "help") of the inspect-metadata generic JSON
 * @param environment    the text of the first EnvVar object
 * @param sbom           the first SBOM object's format and size (its content is not read)
 * @param architecture   Go name of the primary system partition's architecture, else the header's
 */
public record SifImage(
        ImageKind kind,
        SifHeader header,
        List<SifObject> objects,
        String definitionFile,
        Map<String, String> labels,
        String runscript,
        String help,
        String environment,
        List<SifPartition> partitions,
        List<SifSignature> signatures,
        List<SifCryptoMessage> cryptoMessages,
        SifSbom sbom,
        String architecture,
        String legacyFileSystem) {

    public SifImage {
        objects = objects == null ? List.of() : List.copyOf(objects);
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        partitions = partitions == null ? List.of() : List.copyOf(partitions);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        cryptoMessages = cryptoMessages == null ? List.of() : List.copyOf(cryptoMessages);
    }
}
