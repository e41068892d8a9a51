package org.sifregistry.sif;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a validated header and descriptor table into a {@link SifImage}, reading only the small objects. */
final class ImageContents {
    /** The name `apptainer build` gives the generic JSON object holding `apptainer inspect`'s data. */
    static final String INSPECT_METADATA_NAME = "inspect-metadata.json";

    private static final String[] FILE_SYSTEMS = {null, "Squashfs", "Ext3", "ImmutableObject", "Raw",
        "Encrypted squashfs"};
    private static final String[] PARTITION_TYPES = {null, "System", "PrimSys", "Data", "Overlay"};
    private static final String[] CRYPTO_FORMATS = {null, "OpenPGP", "PEM"};
    private static final String[] SBOM_FORMATS = {null, "cyclonedx-json", "cyclonedx-xml", "github-json",
        "spdx-json", "spdx-rdf", "spdx-tag-value", "spdx-yaml", "syft-json"};
    private static final int PRIMARY_SYSTEM = 2;

    private final ImageFile file;
    private final RawHeader header;
    private final List<RawDescriptor> used;
    private final SignatureChecker signatureChecker;

    private final List<SifObject> objects = new ArrayList<>();
    private final Map<String, String> objectLabels = new LinkedHashMap<>();
    private final Map<String, String> metadataLabels = new LinkedHashMap<>();
    private final List<SifPartition> partitions = new ArrayList<>();
    private final List<SifSignature> signatures = new ArrayList<>();
    private final List<SifCryptoMessage> cryptoMessages = new ArrayList<>();
    private String definitionFile;
    private String metadataDefinitionFile;
    private String environment;
    private String runscript;
    private String help;
    private SifSbom sbom;
    private String primaryArchitecture;

    private ImageContents(ImageFile file, RawHeader header, List<RawDescriptor> used, SifLimits limits) {
        this.file = file;
        this.header = header;
        this.used = used;
        this.signatureChecker = new SignatureChecker(file, header, used, limits.maxDigestBytes());
    }

    static SifImage read(ImageFile file, RawHeader header, List<RawDescriptor> used, SifLimits limits)
            throws SifFormatException, IOException {
        return new ImageContents(file, header, used, limits).image();
    }

    private SifImage image() throws SifFormatException, IOException {
        for (RawDescriptor d : used) {
            objects.add(d.toObject());
            switch (d.type()) {
                case DEFFILE -> definitionFile = firstNonNull(definitionFile, Text.lenient(file.readObject(d)));
                case ENV_VAR -> environment = firstNonNull(environment, Text.lenient(file.readObject(d)));
                case LABELS -> readLabels(d);
                case GENERIC_JSON -> readGenericJson(d);
                case PARTITION -> addPartition(d);
                case SIGNATURE -> signatures.add(signatureChecker.describe(d, file.readObject(d)));
                case CRYPTO_MESSAGE -> cryptoMessages.add(new SifCryptoMessage(d.id(),
                        name(CRYPTO_FORMATS, d.extraInt(0), "Unknown"), cryptoMessageType(d.extraInt(4))));
                case SBOM -> sbom = sbom != null ? sbom
                        : new SifSbom(d.id(), name(SBOM_FORMATS, d.extraInt(0), "unknown"), d.size());
                case GENERIC, UNKNOWN -> {
                    // raw data this reader has no use for
                }
            }
        }
        Map<String, String> labels = new LinkedHashMap<>(objectLabels);
        labels.putAll(metadataLabels);
        SifHeader sifHeader = header.toHeader();
        return new SifImage(ImageKind.SIF, sifHeader, objects,
                firstNonNull(definitionFile, metadataDefinitionFile), labels, runscript, help, environment,
                partitions, signatures, cryptoMessages, sbom,
                firstNonNull(primaryArchitecture, sifHeader.architecture()), null);
    }

    private void readLabels(RawDescriptor d) throws SifFormatException, IOException {
        JsonValue value = readJson(d);
        if (value == null) {
            return;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new SifFormatException(d.label() + " holds a JSON " + value.getValueType().name().toLowerCase(Locale.ROOT)
                    + ", not a JSON object of labels");
        }
        JsonPayloads.flattenInto(value.asJsonObject(), objectLabels, (int) d.size(), d.label());
    }

    /** Takes labels, definition file, runscript and help from `apptainer inspect`-style metadata. */
    private void readGenericJson(RawDescriptor d) throws SifFormatException, IOException {
        JsonValue value = readJson(d);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        JsonObject root = value.asJsonObject();
        JsonObject data = JsonPayloads.object(root, "data");
        JsonObject attributes = data == null ? null : JsonPayloads.object(data, "attributes");
        if (attributes == null && INSPECT_METADATA_NAME.equals(d.nameText())) {
            JsonObject flat = JsonPayloads.object(root, "attributes");
            attributes = flat != null ? flat : root;
        }
        if (attributes == null) {
            return;
        }
        JsonObject labels = JsonPayloads.object(attributes, "labels");
        if (labels != null) {
            JsonPayloads.flattenInto(labels, metadataLabels, (int) d.size(), d.label());
        }
        metadataDefinitionFile = firstNonNull(metadataDefinitionFile, JsonPayloads.string(attributes, "deffile"));
        runscript = firstNonNull(runscript, JsonPayloads.string(attributes, "runscript"));
        help = firstNonNull(help, JsonPayloads.string(attributes, "helpfile"), JsonPayloads.string(attributes, "help"));
    }

    /** The object's JSON value; null for an empty object, which carries nothing. */
    private JsonValue readJson(RawDescriptor d) throws SifFormatException, IOException {
        byte[] bytes = file.readObject(d);
        String text = Text.strictUtf8(bytes, d.label());
        if (text.isBlank()) {
            return null;
        }
        return JsonPayloads.parse(text, d.label());
    }

    private void addPartition(RawDescriptor d) {
        int partitionType = d.extraInt(4);
        String architecture = GoArch.name(d.extra(), 8);
        partitions.add(new SifPartition(d.id(), name(FILE_SYSTEMS, d.extraInt(0), "Unknown"),
                name(PARTITION_TYPES, partitionType, "Unknown"), architecture));
        if (partitionType == PRIMARY_SYSTEM && primaryArchitecture == null) {
            primaryArchitecture = architecture;
        }
    }

    private static String cryptoMessageType(int code) {
        return switch (code) {
            case 0x100 -> "Clear Signature";
            case 0x200 -> "RSA-OAEP";
            default -> "Unknown";
        };
    }

    private static String name(String[] names, int code, String unknown) {
        return code > 0 && code < names.length ? names[code] : unknown;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
