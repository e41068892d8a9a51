package org.sifregistry.container.domain;

/** Whether a signature is genuine: checked with the keystore's key of its signer, apart from its digests. */
public enum SignatureTrust {
    /** A good signature by a key in the keystore that is not revoked. */
    VERIFIED,
    /** The keystore has no key of the signer (yet: the signature is checked again when one arrives). */
    UNKNOWN_KEY,
    /** The signer's key is in the keystore, and the signature is not one it made of the signed text. */
    BAD_SIGNATURE,
    /** The signer's key was revoked. */
    REVOKED_KEY,
    /**
     * Signed with an X.509 certificate's key or a PEM key, in a DSSE envelope, which names no signer, and no
     * certificate uploaded here that the trusted certificate authorities vouch for now made it. Present, and not
     * verified.
     */
    NO_CERTIFICATE
}
