package org.sifregistry.sif;

/**
 * Whether the digests a signature carries match the image. This says nothing about the OpenPGP signature itself,
 * which needs the signer's key.
 */
public enum DigestCheck {
    /** Every digest the signature carries was recomputed and matches. */
    VERIFIED,
    /** At least one recomputed digest differs, or the signature names objects the image does not have. */
    MISMATCH,
    /** The digests could not be checked: unreadable signature, unsupported hash, or data beyond the digest limit. */
    NOT_CHECKED
}
