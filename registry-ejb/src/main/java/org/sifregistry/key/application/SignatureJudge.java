package org.sifregistry.key.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.container.domain.SignatureTrust;
import org.sifregistry.key.domain.CertificateAuthorities;
import org.sifregistry.key.domain.ClearsignedSignature;
import org.sifregistry.key.domain.DsseEnvelope;
import org.sifregistry.key.domain.PgpKey;
import org.sifregistry.key.domain.PgpKeyRepository;
import org.sifregistry.key.domain.SigningCertificate;
import org.sifregistry.key.domain.SigningCertificateRepository;
import org.sifregistry.site.application.SettingsService;

/**
 * Tells whether an image's signature is genuine; joins the caller's transaction. An OpenPGP signature is checked with
 * the keystore's key of its signer. A DSSE signature (an X.509 certificate's or a PEM key's) names no signer: it is
 * verified when the key of an uploaded certificate made it and the trusted authorities vouch for that certificate
 * now. A signature whose message was not kept (read before the keystore, or too large) is left as it is.
 */
@ApplicationScoped
public class SignatureJudge {

    @Inject
    private PgpKeyRepository keys;

    @Inject
    private SigningCertificateRepository certificates;

    @Inject
    private SettingsService settings;

    @Inject
    private Clock clock;

    public ImageSignature judge(ImageSignature signature) {
        if (signature.message() == null) {
            return signature;
        }
        DsseEnvelope envelope = DsseEnvelope.ofSifMetadata(signature.message()).orElse(null);
        if (envelope != null) {
            return judgeWithCertificates(signature, envelope);
        }
        PgpKey key = keys.findBySigner(signature.signer()).orElse(null);
        if (key == null) {
            return signature.judged(SignatureTrust.UNKNOWN_KEY, null, null, false);
        }
        SignatureTrust verdict = key.custody().isRevoked() ? SignatureTrust.REVOKED_KEY
                : key.signed(ClearsignedSignature.parse(signature.message())) ? SignatureTrust.VERIFIED
                : SignatureTrust.BAD_SIGNATURE;
        return signature.judged(verdict, key.custody().owner().username(), key.primaryUserId(),
                key.custody().confirmedEmail().isPresent());
    }

    private ImageSignature judgeWithCertificates(ImageSignature signature, DsseEnvelope envelope) {
        CertificateAuthorities authorities = CertificateAuthorities.parse(settings.signingAuthorities());
        for (SigningCertificate certificate : certificates.all()) {
            if (certificate.signed(envelope)) {
                SignatureTrust verdict = certificate.custody().isRevoked() ? SignatureTrust.REVOKED_KEY
                        : authorities.refusal(certificate.chain(), clock.instant()).isEmpty()
                        ? SignatureTrust.VERIFIED
                        : SignatureTrust.NO_CERTIFICATE;
                return signature.judged(verdict, certificate.custody().owner().username(),
                        certificate.identity(), certificate.custody().confirmedEmail().isPresent());
            }
        }
        return signature.judged(SignatureTrust.NO_CERTIFICATE, null, null, false);
    }
}
