package org.sifregistry.key.domain;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certificate authorities an admin trusts to vouch for signers: the roots of the X.509 certificates users may
 * sign images with. A signer's certificate counts when a PKIX path leads from it (through the intermediates uploaded
 * with it) to one of these roots at the time asked, and it is meant for code signing (extended key usage
 * 1.3.6.1.5.5.7.3.3), as {@code apptainer verify --certificate} demands. Revocation lists are not fetched: revoking
 * a certificate here is what stops it.
 */
public final class CertificateAuthorities {

    public static final CertificateAuthorities NONE = new CertificateAuthorities(List.of());
    private static final String CODE_SIGNING = "1.3.6.1.5.5.7.3.3";

    private final List<X509Certificate> roots;

    private CertificateAuthorities(List<X509Certificate> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The roots of a PEM bundle; none for blank text. */
    public static CertificateAuthorities parse(String pem) {
        return pem == null || pem.isBlank() ? NONE : new CertificateAuthorities(PemCertificates.parse("pem", pem));
    }

    public boolean isEmpty() {
        return roots.isEmpty();
    }

    public List<X509Certificate> roots() {
        return roots;
    }

    /**
     * Why {@code chain} (a signer's certificate first, then intermediates) is not one of these authorities' signers at
     * {@code at}; empty when it is.
     */
    public Optional<String> refusal(List<X509Certificate> chain, Instant at) {
        if (roots.isEmpty()) {
            return Optional.of("no certificate authority is trusted here yet");
        }
        if (!isForCodeSigning(chain.get(0))) {
            return Optional.of("it is not meant for code signing (extended key usage codeSigning)");
        }
        try {
            Set<TrustAnchor> anchors = roots.stream().map(root -> new TrustAnchor(root, null))
                    .collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(chain), parameters);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            return Optional.of(e.getReason() == CertPathValidatorException.BasicReason.EXPIRED ? "it has expired"
                    : e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID ? "it is not valid yet"
                    : "no trusted certificate authority issued it (" + e.getMessage() + ")");
        } catch (CertificateException | InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
            // Every Java SE runtime has X.509 and PKIX
            throw new IllegalStateException("this Java runtime cannot check certificate paths", e);
        }
    }

    private static boolean isForCodeSigning(X509Certificate certificate) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return usages != null && usages.contains(CODE_SIGNING);
        } catch (CertificateParsingException e) {
            return false;
        }
    }
}
