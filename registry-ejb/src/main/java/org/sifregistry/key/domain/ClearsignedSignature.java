package org.sifregistry.key.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.bcpg.sig.IssuerFingerprint;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPSignatureSubpacketVector;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * An OpenPGP cleartext-signed message (RFC 4880 section 7), as Apptainer signs an image's metadata: the signed text
 * and its signatures. {@link #isSignedBy} tells whether one of the signatures is a good signature of the text by a
 * key of a ring: the text is taken canonically (dash-escapes removed, trailing blanks dropped, lines joined with
 * CRLF, no line ending after the last), as the signer hashed it.
 */
public final class ClearsignedSignature {

    private static final String BEGIN_MESSAGE = "-----BEGIN PGP SIGNED MESSAGE-----";
    private static final String BEGIN_SIGNATURE = "-----BEGIN PGP SIGNATURE-----";

    private static final ClearsignedSignature UNREADABLE =
            new ClearsignedSignature(null, new byte[0], List.of());

    private final String signedText;
    private final byte[] canonicalText;
    private final List<PGPSignature> signatures;

    private ClearsignedSignature(String signedText, byte[] canonicalText, List<PGPSignature> signatures) {
        this.signedText = signedText;
        this.canonicalText = canonicalText;
        this.signatures = signatures;
    }

    /** The message in {@code text}; one that cannot be read has no signatures, so it is signed by no one. */
    public static ClearsignedSignature parse(String text) {
        if (text == null) {
            return UNREADABLE;
        }
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].stripTrailing().equals(BEGIN_MESSAGE)) {
            i++;
        }
        // Armor headers ("Hash: SHA256") end at the first blank line
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        i++;
        List<String> signed = new ArrayList<>();
        for (; i < lines.length && !lines[i].stripTrailing().equals(BEGIN_SIGNATURE); i++) {
            signed.add(lines[i].startsWith("- ") ? lines[i].substring(2) : lines[i]);
        }
        if (i >= lines.length) {
            return UNREADABLE;
        }
        String canonical = signed.stream().map(ClearsignedSignature::stripBlanks).collect(Collectors.joining("\r\n"));
        String block = String.join("\n", List.of(lines).subList(i, lines.length));
        return new ClearsignedSignature(String.join("\n", signed), canonical.getBytes(StandardCharsets.UTF_8),
                signatures(block));
    }

    /** Spaces and tabs only: other trailing characters are part of the signed text. */
    private static String stripBlanks(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static List<PGPSignature> signatures(String armoredBlock) {
        List<PGPSignature> found = new ArrayList<>();
        try (InputStream in = new ArmoredInputStream(
                new ByteArrayInputStream(armoredBlock.getBytes(StandardCharsets.US_ASCII)))) {
            BcPGPObjectFactory objects = new BcPGPObjectFactory(in);
            for (Object object = objects.nextObject(); object != null; object = objects.nextObject()) {
                if (object instanceof PGPSignatureList list) {
                    list.forEach(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable signature block holds no signature anyone made
        }
        return found;
    }

    /** The signed text, dash-escapes removed, lines joined with LF; empty when no complete message was found. */
    public Optional<String> signedText() {
        return Optional.ofNullable(signedText);
    }

    /**
     * Who made the first signature, as its packet says (not verified): the issuer fingerprint subpacket's fingerprint,
     * else the issuer key id, in upper-case hex; empty when there is no readable signature.
     */
    public Optional<String> issuer() {
        if (signatures.isEmpty()) {
            return Optional.empty();
        }
        PGPSignature first = signatures.get(0);
        IssuerFingerprint fingerprint = issuerFingerprint(first.getHashedSubPackets());
        if (fingerprint == null) {
            fingerprint = issuerFingerprint(first.getUnhashedSubPackets());
        }
        if (fingerprint != null) {
            return Optional.of(HexFormat.of().withUpperCase().formatHex(fingerprint.getFingerprint()));
        }
        return first.getKeyID() == 0 ? Optional.empty() : Optional.of(String.format("%016X", first.getKeyID()));
    }

    private static IssuerFingerprint issuerFingerprint(PGPSignatureSubpacketVector subpackets) {
        return subpackets == null ? null : subpackets.getIssuerFingerprint();
    }

    /** Whether a signature of the text was made by the ring's primary key or one of its subkeys, and is good. */
    public boolean isSignedBy(PGPPublicKeyRing ring) {
        for (PGPSignature signature : signatures) {
            PGPPublicKey key = ring.getPublicKey(signature.getKeyID());
            if (key != null && verifies(signature, key)) {
                return true;
            }
        }
        return false;
    }

    private boolean verifies(PGPSignature signature, PGPPublicKey key) {
        try {
            signature.init(new BcPGPContentVerifierBuilderProvider(), key);
            signature.update(canonicalText);
            return signature.verify();
        } catch (PGPException | RuntimeException e) {
            return false;
        }
    }
}
