package org.sifregistry.key.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class DsseEnvelopeTest {

    private static final String METADATA = "{\"version\":1,\"header\":{\"digest\":\"sha256:00\"}}";

    @Test
    void theSifMetadataEnvelopeGivesItsDecodedPayload() {
        assertEquals(METADATA, DsseEnvelope.ofSifMetadata(envelope(DsseEnvelope.SIF_METADATA, base64(METADATA)))
                .orElseThrow().payloadText());
    }

    @Test
    void theEnvelopeTheGoSignerWroteIsSignedByItsCertificatesKeyAlone() {
        DsseEnvelope envelope = DsseEnvelope.ofSifMetadata(KeyFixtures.text("dsse-envelope.json")).orElseThrow();

        assertTrue(envelope.isSignedBy(KeyFixtures.certificates("signer.pem").get(0).getPublicKey()));
        assertFalse(envelope.isSignedBy(KeyFixtures.certificates("stranger.pem").get(0).getPublicKey()));
        assertTrue(envelope.payloadText().startsWith("{\"version\":1,"), envelope.payloadText());
    }

    @Test
    void aChangedPayloadIsSignedByNoOne() {
        String original = KeyFixtures.text("dsse-envelope.json");
        String payload = DsseEnvelope.ofSifMetadata(original).orElseThrow().payloadText();
        String changed = original.replace(base64(payload), base64(payload.replace("{", "{ ")));

        assertFalse(DsseEnvelope.ofSifMetadata(changed).orElseThrow()
                .isSignedBy(KeyFixtures.certificates("signer.pem").get(0).getPublicKey()));
    }

    @Test
    void anEnvelopeOfAnotherPayloadTypeIsNotOne() {
        assertTrue(DsseEnvelope.ofSifMetadata(envelope("application/vnd.in-toto+json", base64(METADATA))).isEmpty());
    }

    @Test
    void whatIsNotAnEnvelopeOfBase64IsNotOne() {
        assertTrue(DsseEnvelope.ofSifMetadata(envelope(DsseEnvelope.SIF_METADATA, "not base64!")).isEmpty());
        assertTrue(DsseEnvelope.ofSifMetadata("-----BEGIN PGP SIGNED MESSAGE-----\n").isEmpty());
        assertTrue(DsseEnvelope.ofSifMetadata("{\"payloadType\":").isEmpty(), "cut short");
        assertTrue(DsseEnvelope.ofSifMetadata("[1]").isEmpty());
        assertTrue(DsseEnvelope.ofSifMetadata(null).isEmpty());
    }

    private static String envelope(String type, String payload) {
        return "{\"payloadType\":\"" + type + "\",\"payload\":\"" + payload
                + "\",\"signatures\":[{\"keyid\":\"\",\"sig\":\"MEUCIQ==\"}]}";
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
