package org.sifregistry.container.domain;

/**
 * Of one of an image's signatures, what a search lists: who signed (a fingerprint or key id, null when the image
 * does not say) and whether it makes the image signed ({@link ImageSignature#isVerified}).
 */
public record SignatureSummary(String signer, boolean verified) {

    public SignatureSummary(String signer, SignatureTrust trust, SignatureCheck check) {
        this(signer, ImageSignature.isVerified(trust, check));
    }
}
