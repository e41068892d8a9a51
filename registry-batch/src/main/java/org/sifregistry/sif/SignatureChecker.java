package org.sifregistry.sif;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sifregistry.key.domain.ClearsignedSignature;
import org.sifregistry.key.domain.DsseEnvelope;

/**
 * Describes the signature objects of one image and checks the digests they carry, following the Go reference
 * (sylabs/sif pkg/integrity). Three kinds exist:
 * <ul>
 * <li>current signatures: clearsigned JSON with digests of the header (launch script, magic, version, id), of each
 * signed descriptor (selected fields, id relative to the group's smallest id) and of each signed object's data;</li>
 * <li>the same metadata in a DSSE envelope, signed with a PEM key or an X.509 certificate's key;</li>
 * <li>legacy signatures: clearsigned "SIFHASH:" text with one digest over the data of the linked object, or of all
 * objects of the linked group in table order.</li>
 * </ul>
 * Object data is hashed only within the {@link SifLimits#maxDigestBytes()} budget of one read.
 */
final class SignatureChecker {
    private static final String LEGACY_PREFIX = "SIFHASH:";
    private static final BigDecimal MAX_UINT32 = BigDecimal.valueOf(0xffffffffL);
    /** The "alg:hex" digest names of Go's integrity package and their JDK algorithms. */
    private static final Map<String, String> DIGEST_ALGORITHMS = Map.of(
            "sha224", "SHA-224",
            "sha256", "SHA-256",
            "sha384", "SHA-384",
            "sha512", "SHA-512",
            "sha512_224", "SHA-512/224",
            "sha512_256", "SHA-512/256");
    /** The descriptor's hash type codes (sif.hashType). */
    private static final String[] HASH_NAMES = {null, "SHA-256", "SHA-384", "SHA-512", "BLAKE2s-256", "BLAKE2b-256"};

    private final ImageFile file;
    private final RawHeader header;
    private final List<RawDescriptor> used;
    private final Map<Integer, RawDescriptor> byId = new HashMap<>();
    /** Smallest id per raw group id, as Go's populateMinIDs keys it, for descriptor digests. */
    private final Map<Integer, Integer> minIdByRawGroup = new HashMap<>();
    private final Map<String, byte[]> objectDigests = new HashMap<>();
    private long digestBudget;

    SignatureChecker(ImageFile file, RawHeader header, List<RawDescriptor> used, long digestBudget) {
        this.file = file;
        this.header = header;
        this.used = used;
        this.digestBudget = digestBudget;
        for (RawDescriptor d : used) {
            byId.put(d.id(), d);
            minIdByRawGroup.merge(d.rawGroupId(), d.id(), Math::min);
        }
    }

    SifSignature describe(RawDescriptor signature, byte[] payload) throws SifFormatException, IOException {
        int hashCode = signature.extraInt(0);
        String hashType = hashCode > 0 && hashCode < HASH_NAMES.length ? HASH_NAMES[hashCode] : "Unknown";
        String text = Text.lenient(payload);
        DsseEnvelope envelope = DsseEnvelope.ofSifMetadata(text).orElse(null);
        ClearsignedSignature message = envelope == null ? ClearsignedSignature.parse(text) : null;
        String fingerprint = descriptorFingerprint(signature);
        if (fingerprint == null && message != null) {
            fingerprint = message.issuer().orElse(null);
        }
        String signedText = envelope != null ? envelope.payloadText()
                : message.signedText().orElse(null);
        Checked checked = null;
        if (message != null && signedText != null && signedText.startsWith(LEGACY_PREFIX)) {
            checked = new Checked(checkLegacy(signature, hashCode, signedText), linkedObjectIds(signature));
        } else if (signedText != null) {
            JsonValue metadata = JsonPayloads.parseOrNull(signedText);
            if (metadata != null && metadata.getValueType() == JsonValue.ValueType.OBJECT) {
                checked = checkMetadata(signature, metadata.asJsonObject());
            }
        }
        if (checked == null) {
            checked = new Checked(DigestCheck.NOT_CHECKED, linkedObjectIds(signature));
        }
        return new SifSignature(signature.id(), hashType, fingerprint, checked.signedIds(), checked.check(), text);
    }

    private record Checked(DigestCheck check, List<Integer> signedIds) {
    }

    /** Go's SignatureMetadata: the first 20 bytes of the entity field, absent when all zero. */
    private static String descriptorFingerprint(RawDescriptor signature) {
        byte[] extra = signature.extra();
        for (int i = 4; i < 24; i++) {
            if (extra[i] != 0) {
                return Text.hex(extra, 4, 20);
            }
        }
        return null;
    }

    private List<Integer> linkedObjectIds(RawDescriptor signature) {
        List<Integer> ids = new ArrayList<>();
        for (RawDescriptor d : linkedObjects(signature)) {
            ids.add(d.id());
        }
        return ids;
    }

    /** The linked object, or all objects of the linked group in table order (Go's getGroupObjects). */
    private List<RawDescriptor> linkedObjects(RawDescriptor signature) {
        List<RawDescriptor> objects = new ArrayList<>();
        int link = signature.linkedId();
        if (link == 0) {
            return objects;
        }
        if (signature.linkIsGroup()) {
            for (RawDescriptor d : used) {
                if (d.groupId() == link) {
                    objects.add(d);
                }
            }
        } else if (byId.containsKey(link)) {
            objects.add(byId.get(link));
        }
        return objects;
    }

    private DigestCheck checkLegacy(RawDescriptor signature, int hashCode, String plaintext)
            throws SifFormatException, IOException {
        String algorithm = hashCode >= 1 && hashCode <= 3 ? HASH_NAMES[hashCode] : null;
        byte[] expected = decodeHex(plaintext.substring(LEGACY_PREFIX.length()).strip());
        List<RawDescriptor> objects = linkedObjects(signature);
        if (algorithm == null || expected == null || objects.isEmpty()) {
            return DigestCheck.NOT_CHECKED;
        }
        MessageDigest digest = newDigest(algorithm);
        if (expected.length != digest.getDigestLength()) {
            return DigestCheck.NOT_CHECKED;
        }
        long total = 0;
        for (RawDescriptor d : objects) {
            total += d.size();
        }
        if (total > digestBudget) {
            return DigestCheck.NOT_CHECKED;
        }
        digestBudget -= total;
        for (RawDescriptor d : objects) {
            file.stream(d.offset(), d.size(), d.label(), (bytes, length) -> digest.update(bytes, 0, length));
        }
        return MessageDigest.isEqual(expected, digest.digest()) ? DigestCheck.VERIFIED : DigestCheck.MISMATCH;
    }

    /** Go's groupVerifier.verifySignature, minus the OpenPGP check. */
    private Checked checkMetadata(RawDescriptor signature, JsonObject metadata) throws SifFormatException, IOException {
        Long version = uint32(metadata.get("version"));
        JsonValue objectsValue = metadata.get("objects");
        if (version == null || version != 1 || objectsValue != null
                && objectsValue.getValueType() != JsonValue.ValueType.ARRAY
                && objectsValue.getValueType() != JsonValue.ValueType.NULL) {
            return new Checked(DigestCheck.NOT_CHECKED, linkedObjectIds(signature));
        }
        List<Integer> signedIds = new ArrayList<>();
        Integer group = signedGroup(signature);
        Integer minId = group == null ? null : minIdOfGroup(group);
        if (minId == null) {
            // Go cannot find the group the signature covers: nothing it signed is left.
            return new Checked(group == null ? DigestCheck.NOT_CHECKED : DigestCheck.MISMATCH, signedIds);
        }
        Outcome outcome = new Outcome();
        JsonObject headerMetadata = JsonPayloads.object(metadata, "header");
        outcome.compare(headerMetadata == null ? null : JsonPayloads.string(headerMetadata, "digest"),
                header.integrityBytes());

        JsonArray objects = objectsValue != null && objectsValue.getValueType() == JsonValue.ValueType.ARRAY
                ? objectsValue.asJsonArray()
                : JsonValue.EMPTY_JSON_ARRAY;
        Set<Integer> signedSet = new HashSet<>();
        for (JsonValue entry : objects) {
            Long relativeId = entry.getValueType() == JsonValue.ValueType.OBJECT
                    ? uint32(entry.asJsonObject().get("relativeId"))
                    : null;
            if (relativeId == null) {
                outcome.unchecked = true;
                continue;
            }
            long absolute = (minId + relativeId) & 0xffffffffL;
            RawDescriptor d = absolute <= Integer.MAX_VALUE ? byId.get((int) absolute) : null;
            if (absolute <= Integer.MAX_VALUE) {
                signedIds.add((int) absolute);
                signedSet.add((int) absolute);
            }
            if (d == null) {
                outcome.mismatch = true;
                continue;
            }
            JsonObject om = entry.asJsonObject();
            int relativeToRawGroup = d.id() - minIdByRawGroup.get(d.rawGroupId());
            outcome.compare(JsonPayloads.string(om, "descriptorDigest"), d.integrityBytes(relativeToRawGroup));
            outcome.compareObject(JsonPayloads.string(om, "objectDigest"), d);
        }
        if (signature.linkIsGroup()) {
            // Go verifies a whole group: every object in it must be signed.
            for (RawDescriptor d : used) {
                if (d.groupId() == group && !signedSet.contains(d.id())) {
                    outcome.mismatch = true;
                }
            }
        }
        return new Checked(outcome.result(), signedIds);
    }

    private Integer signedGroup(RawDescriptor signature) {
        if (signature.linkIsGroup()) {
            return signature.linkedId() == 0 ? null : signature.linkedId();
        }
        RawDescriptor object = byId.get(signature.linkedId());
        return object == null || object.groupId() == 0 ? null : object.groupId();
    }

    private Integer minIdOfGroup(int group) {
        Integer min = null;
        for (RawDescriptor d : used) {
            if (d.groupId() == group && (min == null || d.id() < min)) {
                min = d.id();
            }
        }
        return min;
    }

    /** Tallies the digests of one signature. */
    private final class Outcome {
        boolean mismatch;
        boolean unchecked;

        void compare(String digestText, byte[] data) {
            ParsedDigest expected = ParsedDigest.parse(digestText);
            if (expected == null) {
                unchecked = true;
                return;
            }
            MessageDigest digest = newDigest(expected.algorithm());
            digest.update(data);
            record(expected, digest.digest());
        }

        void compareObject(String digestText, RawDescriptor d) throws SifFormatException, IOException {
            ParsedDigest expected = ParsedDigest.parse(digestText);
            byte[] actual = expected == null ? null : objectDigest(d, expected.algorithm());
            if (actual == null) {
                unchecked = true;
                return;
            }
            record(expected, actual);
        }

        private void record(ParsedDigest expected, byte[] actual) {
            if (!MessageDigest.isEqual(expected.value(), actual)) {
                mismatch = true;
            }
        }

        DigestCheck result() {
            return mismatch ? DigestCheck.MISMATCH : unchecked ? DigestCheck.NOT_CHECKED : DigestCheck.VERIFIED;
        }
    }

    /** The digest of an object's data, or null when it would exceed the digest budget. */
    private byte[] objectDigest(RawDescriptor d, String algorithm) throws SifFormatException, IOException {
        String key = d.id() + "/" + algorithm;
        byte[] cached = objectDigests.get(key);
        if (cached != null) {
            return cached;
        }
        if (d.size() > digestBudget) {
            return null;
        }
        digestBudget -= d.size();
        MessageDigest digest = newDigest(algorithm);
        file.stream(d.offset(), d.size(), d.label(), (bytes, length) -> digest.update(bytes, 0, length));
        byte[] value = digest.digest();
        objectDigests.put(key, value);
        return value;
    }

    /** A Go integrity digest, "alg:hex", with the JDK algorithm name. */
    private record ParsedDigest(String algorithm, byte[] value) {
        static ParsedDigest parse(String text) {
            if (text == null) {
                return null;
            }
            String[] parts = text.split(":", -1);
            String algorithm = parts.length == 2 ? DIGEST_ALGORITHMS.get(parts[0]) : null;
            byte[] value = algorithm == null ? null : decodeHex(parts[1]);
            if (value == null || value.length != newDigest(algorithm).getDigestLength()) {
                return null;
            }
            return new ParsedDigest(algorithm, value);
        }
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE runtime must provide the SHA-2 family.
            throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
        }
    }

    private static byte[] decodeHex(String hex) {
        if (hex.length() % 2 != 0 || hex.length() > 1024) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A JSON number that is a whole number from 0 to 2^32-1, else null. */
    private static Long uint32(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER) {
            return null;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.signum() < 0 || number.compareTo(MAX_UINT32) > 0) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            return null; // a fraction
        }
    }
}
