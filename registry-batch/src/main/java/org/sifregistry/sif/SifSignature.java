package org.sifregistry.sif;

import java.util.List;

/**
 * A signature object. {@code hashType} is the descriptor's hash ("SHA-256", ...; "Unknown" otherwise).
 * {@code signerFingerprint} is the upper-case hex fingerprint from the descriptor or else from the OpenPGP
 * issuer-fingerprint subpacket; when only the OpenPGP issuer key id is present it is those 16 hex digits; null
 * when none is found. {@code signedObjectIds}: the objects whose digests the signature carries. {@code message}: the
 * signature object's data as text: the clearsigned message whose OpenPGP signature the keystore checks, or a DSSE
 * envelope.
 */
public record SifSignature(
        int objectId,
        String hashType,
        String signerFingerprint,
        List<Integer> signedObjectIds,
        DigestCheck digestCheck,
        String message) {

    public SifSignature {
        signedObjectIds = signedObjectIds == null ? List.of() : List.copyOf(signedObjectIds);
    }
}
