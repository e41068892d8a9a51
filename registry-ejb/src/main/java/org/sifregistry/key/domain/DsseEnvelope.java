package org.sifregistry.key.domain;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A signature in a DSSE envelope (github.com/secure-systems-lab/dsse), as {@code apptainer sign --key} and
 * {@code --certificate} write it (sylabs/sif pkg/integrity, dsse.go): the image metadata as the base64 payload of
 * type {@value #SIF_METADATA}, signed by a PEM key or an X.509 certificate's key. The SIF names no signer: neither
 * the descriptor nor the envelope carries a fingerprint or a certificate, so the signer is found by trying the keys
 * that might have made it.
 */
public final class DsseEnvelope {

    public static final String SIF_METADATA = "application/vnd.sylabs.sif-metadata+json";

    private final byte[] payload;
    private final List<byte[]> signatures;

    private DsseEnvelope(byte[] payload, List<byte[]> signatures) {
        this.payload = payload;
        this.signatures = signatures;
    }

    /** The envelope in {@code text}, if it is a DSSE envelope of SIF image metadata. */
    public static Optional<DsseEnvelope> ofSifMetadata(String text) {
        if (text == null || !text.stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Optional.empty();
            }
            JsonObject envelope = value.asJsonObject();
            if (!SIF_METADATA.equals(string(envelope, "payloadType")) || string(envelope, "payload") == null) {
                return Optional.empty();
            }
            return Optional.of(new DsseEnvelope(Base64.getDecoder().decode(string(envelope, "payload")),
                    signatures(envelope.get("signatures"))));
        } catch (RuntimeException e) {
            // Not JSON, or not base64: not an envelope Apptainer wrote
            return Optional.empty();
        }
    }

    private static List<byte[]> signatures(JsonValue list) {
        if (!(list instanceof JsonArray array)) {
            return List.of();
        }
        List<byte[]> signatures = new ArrayList<>();
        for (JsonValue entry : array) {
            String sig = entry instanceof JsonObject object ? string(object, "sig") : null;
            if (sig != null) {
                signatures.add(Base64.getDecoder().decode(sig));
            }
        }
        return signatures;
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString text ? text.getString() : null;
    }

    /**
     * Whether one of the signatures is {@code key}'s over the envelope's pre-authentication encoding, as sigstore's
     * signers make them with SHA-256: ECDSA (ASN.1), RSA (PKCS #1 v1.5) or Ed25519.
     */
    public boolean isSignedBy(PublicKey key) {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        byte[] signed = preAuthenticationEncoding();
        for (byte[] signature : signatures) {
            try {
                Signature verifier = Signature.getInstance(algorithm);
                verifier.initVerify(key);
                verifier.update(signed);
                if (verifier.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                // Not a signature this key makes: try the next
            }
        }
        return false;
    }

    /** DSSE's PAE: "DSSEv1 &lt;length of type&gt; &lt;type&gt; &lt;length of payload&gt; &lt;payload&gt;". */
    private byte[] preAuthenticationEncoding() {
        byte[] type = SIF_METADATA.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream pae = new ByteArrayOutputStream();
        pae.writeBytes(("DSSEv1 " + type.length + " ").getBytes(StandardCharsets.US_ASCII));
        pae.writeBytes(type);
        pae.writeBytes((" " + payload.length + " ").getBytes(StandardCharsets.US_ASCII));
        pae.writeBytes(payload);
        return pae.toByteArray();
    }

    /** The signed image metadata, the JSON an OpenPGP signature would have clearsigned. */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
