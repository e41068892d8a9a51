package org.sifregistry.key.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

class PemCertificatesTest {

    @Test
    void aCertificateAndItsIssuerAreReadInTheirOrder() {
        List<X509Certificate> chain = PemCertificates.parse("certificate",
                KeyFixtures.text("signer.pem") + "\n" + KeyFixtures.text("test-ca.pem"));

        assertEquals(List.of("CN=signer,O=Registry tests", "CN=Test CA,O=Registry tests"),
                chain.stream().map(c -> c.getSubjectX500Principal().getName()).toList());
        assertEquals(KeyFixtures.SIGNER_FINGERPRINT, SigningCertificate.fingerprintOf(chain.get(0)));
    }

    @Test
    void aPrivateKeyIsRefusedLestItBeKept() {
        assertEquals(ErrorKey.CERTIFICATE_PRIVATE, refusal(KeyFixtures.text("signer.pem")
                + "-----BEGIN PRIVATE KEY-----\nMIGHAgEA\n-----END PRIVATE KEY-----\n"));
    }

    @Test
    void whatHoldsNoCertificateIsRefused() {
        assertEquals(ErrorKey.CERTIFICATE_REQUIRED, refusal(" "));
        assertEquals(ErrorKey.CERTIFICATE_UNREADABLE, refusal(KeyFixtures.text("alice.pub.asc")));
        assertEquals(ErrorKey.CERTIFICATE_UNREADABLE,
                refusal("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"));
    }

    private static ErrorKey refusal(String text) {
        return assertThrows(InvalidInputException.class, () -> PemCertificates.parse("certificate", text)).key();
    }
}
