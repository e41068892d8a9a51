package org.sifregistry.key.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CertificateAuthoritiesTest {

    private final CertificateAuthorities testCa = CertificateAuthorities.parse(KeyFixtures.text("test-ca.pem"));

    @Test
    void aCodeSigningCertificateTheCaIssuedIsASigner() {
        assertEquals(Optional.empty(), testCa.refusal(KeyFixtures.certificates("signer.pem"), KeyFixtures.WHILE_VALID));
    }

    @Test
    void aCertificateOfAnotherCaIsNot() {
        assertTrue(testCa.refusal(KeyFixtures.certificates("stranger.pem"), KeyFixtures.WHILE_VALID).orElseThrow()
                .contains("no trusted certificate authority issued it"));
    }

    @Test
    void aCertificateNotMeantForCodeSigningIsNot() {
        assertTrue(testCa.refusal(KeyFixtures.certificates("client-auth.pem"), KeyFixtures.WHILE_VALID).orElseThrow()
                .contains("code signing"));
    }

    @Test
    void outsideItsValidityACertificateIsNoSigner() {
        assertTrue(testCa.refusal(KeyFixtures.certificates("signer.pem"), Instant.parse("2026-01-01T00:00:00Z"))
                .orElseThrow().contains("not valid yet"));
    }

    @Test
    void withoutAuthoritiesNobodyIsASigner() {
        assertTrue(CertificateAuthorities.parse("  ").isEmpty());
        assertTrue(CertificateAuthorities.NONE.refusal(KeyFixtures.certificates("signer.pem"), KeyFixtures.WHILE_VALID)
                .orElseThrow().contains("no certificate authority"));
    }

    @Test
    void theBundleKeepsEveryRootInItsOrder() {
        String bundle = KeyFixtures.text("test-ca.pem") + KeyFixtures.text("stranger.pem");
        assertEquals(2, CertificateAuthorities.parse(bundle).roots().size());
    }
}
