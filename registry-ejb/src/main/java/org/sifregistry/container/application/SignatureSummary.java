package org.sifregistry.container.application;

import java.io.Serializable;

import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.container.domain.SignatureCheck;
import org.sifregistry.container.domain.SignatureTrust;

/**
 * One signature of an image as pages and the browse API show it: who signed which objects, whether their digests
 * still match, and whether the keystore finds it genuine, by whose key ({@code signedBy}, its first user id
 * {@code signerIdentity}, and whether the directory confirms that identity).
 */
public record SignatureSummary(String signer, String hashType, String signedObjects, SignatureCheck check,
                               SignatureTrust trust, String signedBy, String signerIdentity,
                               boolean identityConfirmed) implements Serializable {

    public static SignatureSummary of(ImageSignature signature) {
        return new SignatureSummary(signature.signer(), signature.hashType(), signature.signedObjects(),
                signature.check(), signature.trust(), signature.signedBy(), signature.signerIdentity(),
                signature.identityConfirmed());
    }
}
