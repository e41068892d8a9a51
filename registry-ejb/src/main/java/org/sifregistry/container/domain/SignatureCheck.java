package org.sifregistry.container.domain;

/** What checking the digests a signature covers found; the signature's cryptography itself is the client's job. */
public enum SignatureCheck {
    /** Every digest the signature lists matches the signed objects. */
    VERIFIED,
    /** A signed object no longer matches its digest: the image changed after it was signed. */
    MISMATCH,
    /** The digests could not be checked here (an unsupported hash or an object too large to hash in the job). */
    NOT_CHECKED
}
