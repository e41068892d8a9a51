package org.sifregistry.collection.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.container.domain.SignatureCheck;
import org.sifregistry.container.domain.SignatureTrust;

class SignedOnlyTest {

    private static final Predicate<String> ALICE_BELONGS = "alice"::equals;

    @Test
    void offTakesAnything() {
        assertDoesNotThrow(() -> SignedOnly.OFF.require("tools", List.of(), ALICE_BELONGS));
    }

    @Test
    void anUnsignedImageIsRefusedWithHowToSignIt() {
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> SignedOnly.VERIFIED.require("tools", List.of(), ALICE_BELONGS));

        assertEquals(ErrorKey.SIGNED_ONLY_UNSIGNED, refusal.key());
        assertTrue(refusal.getMessage().contains("apptainer key push"), refusal.getMessage());
    }

    @Test
    void signaturesThatAreNotVerifiedAreRefusedSayingWhatEachIs() {
        List<ImageSignature> judged = List.of(signature(SignatureTrust.UNKNOWN_KEY, SignatureCheck.VERIFIED, null),
                signature(SignatureTrust.BAD_SIGNATURE, SignatureCheck.VERIFIED, "bob"),
                signature(SignatureTrust.VERIFIED, SignatureCheck.MISMATCH, "alice"),
                signature(SignatureTrust.NO_CERTIFICATE, SignatureCheck.VERIFIED, null));

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> SignedOnly.VERIFIED.require("tools", judged, ALICE_BELONGS));

        assertEquals(ErrorKey.SIGNED_ONLY_UNVERIFIED, refusal.key());
        assertTrue(refusal.getMessage().contains("a key the keystore does not have (ABCD)")
                && refusal.getMessage().contains("a bad signature by bob's key")
                && refusal.getMessage().contains("objects that changed since")
                && refusal.getMessage().contains("an X.509 or PEM-key signature that no trusted certificate"),
                refusal.getMessage());
    }

    @Test
    void aVerifiedSignatureByAnyoneWillDoUnlessMembersOnly() {
        List<ImageSignature> byBob = List.of(signature(SignatureTrust.VERIFIED, SignatureCheck.VERIFIED, "bob"));

        assertDoesNotThrow(() -> SignedOnly.VERIFIED.require("tools", byBob, ALICE_BELONGS));
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> SignedOnly.MEMBERS.require("tools", byBob, ALICE_BELONGS));
        assertEquals(ErrorKey.SIGNED_ONLY_NOT_MEMBER, refusal.key());
        assertDoesNotThrow(() -> SignedOnly.MEMBERS.require("tools", List.of(
                signature(SignatureTrust.VERIFIED, SignatureCheck.VERIFIED, "alice")), ALICE_BELONGS));
    }

    @Test
    void rulesAreNamedInAnyCase() {
        assertEquals(SignedOnly.MEMBERS, SignedOnly.parse(" members "));
        assertEquals(ErrorKey.SIGNED_ONLY_RULE,
                assertThrows(InvalidInputException.class, () -> SignedOnly.parse("always")).key());
    }

    private static ImageSignature signature(SignatureTrust trust, SignatureCheck check, String signedBy) {
        return new ImageSignature("ABCD", "SHA-256", List.of(1), check, "message")
                .judged(trust, signedBy, signedBy == null ? null : signedBy + " <" + signedBy + "@example.org>",
                        false);
    }
}
