package org.sifregistry.key.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.sifregistry.key.domain.Custody;
import org.sifregistry.key.domain.SigningCertificate;

/**
 * A signing certificate as its owner and admins see it: {@code confirmedEmail} is the directory's address of the
 * owner that the certificate carries (null: it carries none). Serializable because the account page's view holds it.
 */
public record CertificateSummary(String fingerprint, String subject, String issuer, List<String> emails,
                                 Instant notBefore, Instant notAfter, String owner, String confirmedEmail,
                                 Instant uploaded, Instant revokedAt, String revokedBy) implements Serializable {

    public CertificateSummary {
        emails = List.copyOf(emails);
    }

    static CertificateSummary of(SigningCertificate certificate) {
        Custody custody = certificate.custody();
        return new CertificateSummary(certificate.fingerprint(), certificate.subject(), certificate.issuer(),
                certificate.emails(), certificate.notBefore(), certificate.notAfter(), custody.owner().username(),
                custody.confirmedEmail().orElse(null), custody.uploaded(), custody.revokedAt(),
                custody.revokedBy());
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
