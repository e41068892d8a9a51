package org.sifregistry.key.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.junit.jupiter.api.Test;

class ClearsignedSignatureTest {

    private static final String SIGNED = KeyFixtures.text("signed-metadata.asc");

    @Test
    void aSignatureIsGoodForTheKeyThatMadeIt() throws IOException {
        assertTrue(ClearsignedSignature.parse(SIGNED).isSignedBy(ring("alice.pub.asc")));
    }

    @Test
    void anotherKeyDidNotMakeIt() throws IOException {
        assertFalse(ClearsignedSignature.parse(SIGNED).isSignedBy(ring("bob.pub.asc")));
    }

    @Test
    void aChangedTextIsNotSignedEvenWhenItMeansTheSame() throws IOException {
        assertFalse(ClearsignedSignature.parse(KeyFixtures.text("tampered-metadata.asc"))
                .isSignedBy(ring("alice.pub.asc")));
    }

    @Test
    void lineEndingsAndTrailingBlanksDoNotMatter() throws IOException {
        String crlf = SIGNED.replace("\n", "\r\n").replace("Hash: SHA256", "Hash: SHA256  ");

        assertTrue(ClearsignedSignature.parse(crlf).isSignedBy(ring("alice.pub.asc")));
    }

    @Test
    void unreadableMessagesAreSignedByNoOne() throws IOException {
        for (String text : new String[] {null, "", "no signature here", SIGNED.substring(0, SIGNED.length() / 2),
                SIGNED.replace("-----BEGIN PGP SIGNATURE-----\n", "-----BEGIN PGP SIGNATURE-----\n!!")}) {
            assertFalse(ClearsignedSignature.parse(text).isSignedBy(ring("alice.pub.asc")), String.valueOf(text));
        }
    }

    @Test
    void theSignedTextIsReadWithoutItsDashEscapes() {
        String escaped = SIGNED.replace("\n{", "\n- {");

        String text = ClearsignedSignature.parse(escaped).signedText().orElseThrow();

        assertTrue(text.startsWith("{"), text);
        assertEquals(ClearsignedSignature.parse(SIGNED).signedText(), Optional.of(text));
    }

    @Test
    void theIssuerIsTheFingerprintTheSignatureNames() {
        assertEquals(Optional.of(KeyFixtures.ALICE_FINGERPRINT), ClearsignedSignature.parse(SIGNED).issuer());
    }

    @Test
    void anIncompleteMessageHasNeitherTextNorIssuer() {
        ClearsignedSignature half = ClearsignedSignature.parse(SIGNED.substring(0, SIGNED.length() / 2));

        assertEquals(Optional.empty(), half.signedText());
        assertEquals(Optional.empty(), half.issuer());
    }

    private static PGPPublicKeyRing ring(String name) throws IOException {
        return PublicKeyBlock.ring(PublicKeyBlock.parse(KeyFixtures.text(name)).get(0).armored());
    }
}
