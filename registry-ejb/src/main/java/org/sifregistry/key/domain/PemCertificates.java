package org.sifregistry.key.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * X.509 certificates in PEM ("-----BEGIN CERTIFICATE-----" blocks, one after another), as {@code openssl} and every CA
 * hand them out: a signer's certificate followed by the intermediates that issued it, or a bundle of CA
 * certificates. Read by the JDK's own X.509 parser.
 */
public final class PemCertificates {

    /** Far more than a chain of a few RSA-4096 certificates, or a bundle of dozens. */
    public static final int MAX_LENGTH = 256 * 1024;
    public static final int MAX_CERTIFICATES = 64;
    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";

    private PemCertificates() {
    }

    /** The certificates of {@code text}, in its order; refuses a private key and text that holds no certificate. */
    public static List<X509Certificate> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, ErrorKey.CERTIFICATE_REQUIRED);
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, ErrorKey.CERTIFICATE_TOO_LARGE, MAX_LENGTH / 1024);
        }
        if (text.contains("PRIVATE KEY-----")) {
            throw new InvalidInputException(field, ErrorKey.CERTIFICATE_PRIVATE);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (int at = text.indexOf(BEGIN); at >= 0; at = text.indexOf(BEGIN, at + BEGIN.length())) {
            certificates.add(certificate(field, text.substring(at)));
            if (certificates.size() > MAX_CERTIFICATES) {
                throw new InvalidInputException(field, ErrorKey.CERTIFICATE_TOO_MANY, MAX_CERTIFICATES);
            }
        }
        if (certificates.isEmpty()) {
            throw new InvalidInputException(field, ErrorKey.CERTIFICATE_UNREADABLE);
        }
        return certificates;
    }

    /** The first certificate of {@code pem}. */
    private static X509Certificate certificate(String field, String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | RuntimeException e) {
            throw new InvalidInputException(field, ErrorKey.CERTIFICATE_UNREADABLE);
        }
    }
}
