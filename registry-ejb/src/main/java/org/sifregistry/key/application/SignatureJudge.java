package org.sifregistry.key.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.container.domain.SignatureTrust;
import org.sifregistry.key.domain.ClearsignedSignature;
import org.sifregistry.key.domain.PgpKey;
import org.sifregistry.key.domain.PgpKeyRepository;

/**
 * Tells whether an image's signature is genuine, with the keystore's key of its signer; joins the caller's
 * transaction. A signature whose message was not kept (read before the keystore, or too large) is left as it is.
 */
@ApplicationScoped
public class SignatureJudge {

    @Inject
    private PgpKeyRepository keys;

    public ImageSignature judge(ImageSignature signature) {
        if (signature.message() == null) {
            return signature;
        }
        PgpKey key = keys.findBySigner(signature.signer()).orElse(null);
        if (key == null) {
            return signature.judged(SignatureTrust.UNKNOWN_KEY, null, null, false);
        }
        SignatureTrust verdict = key.isRevoked() ? SignatureTrust.REVOKED_KEY
                : key.signed(ClearsignedSignature.parse(signature.message())) ? SignatureTrust.VERIFIED
                : SignatureTrust.BAD_SIGNATURE;
        return signature.judged(verdict, key.owner().username(), key.primaryUserId(),
                key.confirmedEmail().isPresent());
    }
}
