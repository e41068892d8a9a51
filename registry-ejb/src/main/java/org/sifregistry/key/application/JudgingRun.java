package org.sifregistry.key.application;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.container.domain.SignatureTrust;
import org.sifregistry.key.domain.CertificateAuthorities;
import org.sifregistry.key.domain.ClearsignedSignature;
import org.sifregistry.key.domain.DsseEnvelope;
import org.sifregistry.key.domain.PgpKey;
import org.sifregistry.key.domain.PgpKeyRepository;
import org.sifregistry.key.domain.SigningCertificate;

/**
 * One run of {@link SignatureJudge}'s judging: the signatures of one image, or every image a changed key or
 * certificate concerns. It reads each signer's key, the certificates and the trusted authorities at most once and
 * parses them once, where a judge per signature would read and parse them again for every image. Lives no longer
 * than the transaction it reads in, and judges as the keystore stood at its first read.
 */
final class JudgingRun implements UnaryOperator<ImageSignature> {

    private record KnownKey(PgpKey key, Optional<PGPPublicKeyRing> ring) {
    }

    private record KnownCertificate(SigningCertificate certificate, List<X509Certificate> chain) {
    }

    private final PgpKeyRepository keys;
    private final Supplier<List<SigningCertificate>> certificates;
    private final Supplier<String> authoritiesPem;
    private final Instant now;
    private final Map<String, Optional<KnownKey>> keysBySigner = new HashMap<>();
    private List<KnownCertificate> knownCertificates;
    private CertificateAuthorities authorities;

    JudgingRun(PgpKeyRepository keys, Supplier<List<SigningCertificate>> certificates,
            Supplier<String> authoritiesPem, Instant now) {
        this.keys = keys;
        this.certificates = certificates;
        this.authoritiesPem = authoritiesPem;
        this.now = now;
    }

    /** The signature as the keystore judges it; one whose message was not kept is left as it is. */
    @Override
    public ImageSignature apply(ImageSignature signature) {
        if (signature.message() == null) {
            return signature;
        }
        Optional<DsseEnvelope> envelope = DsseEnvelope.ofSifMetadata(signature.message());
        return envelope.isPresent() ? withCertificates(signature, envelope.get()) : withKey(signature);
    }

    private ImageSignature withKey(ImageSignature signature) {
        KnownKey known = keysBySigner.computeIfAbsent(signature.signer(),
                signer -> keys.findBySigner(signer).map(key -> new KnownKey(key, key.ring()))).orElse(null);
        if (known == null) {
            return signature.judged(SignatureTrust.UNKNOWN_KEY, null, null, false);
        }
        PgpKey key = known.key();
        SignatureTrust verdict = key.custody().isRevoked() ? SignatureTrust.REVOKED_KEY
                : known.ring().map(ClearsignedSignature.parse(signature.message())::isSignedBy).orElse(false)
                ? SignatureTrust.VERIFIED
                : SignatureTrust.BAD_SIGNATURE;
        return signature.judged(verdict, key.custody().owner().username(), key.primaryUserId(),
                key.custody().confirmedEmail().isPresent());
    }

    private ImageSignature withCertificates(ImageSignature signature, DsseEnvelope envelope) {
        for (KnownCertificate known : knownCertificates()) {
            if (envelope.isSignedBy(known.chain().get(0).getPublicKey())) {
                SigningCertificate certificate = known.certificate();
                SignatureTrust verdict = certificate.custody().isRevoked() ? SignatureTrust.REVOKED_KEY
                        : authorities().refusal(known.chain(), now).isEmpty() ? SignatureTrust.VERIFIED
                        : SignatureTrust.NO_CERTIFICATE;
                return signature.judged(verdict, certificate.custody().owner().username(),
                        certificate.identity(), certificate.custody().confirmedEmail().isPresent());
            }
        }
        return signature.judged(SignatureTrust.NO_CERTIFICATE, null, null, false);
    }

    private List<KnownCertificate> knownCertificates() {
        if (knownCertificates == null) {
            knownCertificates = certificates.get().stream()
                    .map(certificate -> new KnownCertificate(certificate, certificate.chain())).toList();
        }
        return knownCertificates;
    }

    private CertificateAuthorities authorities() {
        if (authorities == null) {
            authorities = CertificateAuthorities.parse(authoritiesPem.get());
        }
        return authorities;
    }
}
