package org.sifregistry.key.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.user.domain.UserAccount;

/**
 * An X.509 certificate a user signs images with ({@code apptainer sign --certificate}), with the intermediates that
 * issued it, in the {@link Custody} of the user who uploaded it; accepted only when the trusted certificate
 * authorities vouch for it. Images name no certificate, so a signature is matched to its certificate by the key that
 * verifies it. It is <em>confirmed</em> when one of its e-mail addresses is the one the directory gave its owner.
 */
@Entity
@Table(name = "signing_certificates", uniqueConstraints = @UniqueConstraint(
        name = "uk_signing_certificate_fingerprint", columnNames = "fingerprint"))
@NamedQuery(name = "SigningCertificate.byFingerprint",
        query = "SELECT c FROM SigningCertificate c WHERE c.fingerprint = :fingerprint")
@NamedQuery(name = "SigningCertificate.ofOwner", query = """
        SELECT c FROM SigningCertificate c WHERE c.custody.owner.username = :username
        ORDER BY c.custody.uploaded DESC, c.id DESC""")
@NamedQuery(name = "SigningCertificate.all", query = "SELECT c FROM SigningCertificate c ORDER BY c.id")
public class SigningCertificate {

    public static final int SUBJECT_MAX_LENGTH = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** SHA-256 of the certificate's DER encoding, 64 upper-case hex digits, as {@code openssl x509 -fingerprint}. */
    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
    private String issuer;

    /** Its e-mail addresses (subject alternative names), one per line. */
    @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
    private String emails;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    /** The certificate, then its intermediates, in PEM. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String pem;

    @Embedded
    private Custody custody;

    protected SigningCertificate() {
    }

    /** {@code chain}: the certificate first, then its intermediates, as {@code pem} holds them. */
    public SigningCertificate(List<X509Certificate> chain, String pem, UserAccount owner, Instant now) {
        X509Certificate certificate = chain.get(0);
        this.fingerprint = fingerprintOf(certificate);
        this.subject = fit(certificate.getSubjectX500Principal().getName());
        this.issuer = fit(certificate.getIssuerX500Principal().getName());
        List<String> addresses = emailsOf(certificate);
        this.emails = fit(String.join("\n", addresses));
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.pem = pem;
        this.custody = new Custody(owner, addresses, now);
    }

    public static String fingerprintOf(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The rfc822Name subject alternative names. */
    private static List<String> emailsOf(X509Certificate certificate) {
        List<String> addresses = new ArrayList<>();
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                for (List<?> name : certificate.getSubjectAlternativeNames()) {
                    if (Integer.valueOf(1).equals(name.get(0)) && name.get(1) instanceof String address) {
                        addresses.add(address);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // No readable alternative names: no addresses
        }
        return addresses;
    }

    private static String fit(String text) {
        return text.length() <= SUBJECT_MAX_LENGTH ? text : text.substring(0, SUBJECT_MAX_LENGTH);
    }

    /** The certificate and its intermediates, parsed again from what is stored. */
    public List<X509Certificate> chain() {
        return PemCertificates.parse("pem", pem);
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public List<String> emails() {
        return emails.isEmpty() ? List.of() : List.of(emails.split("\n"));
    }

    /** How the certificate names its holder: its first e-mail address, else its subject. */
    public String identity() {
        List<String> addresses = emails();
        return addresses.isEmpty() ? subject : addresses.get(0);
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public Custody custody() {
        return custody;
    }
}
