package org.sifregistry.key.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

class PublicKeyBlockTest {

    @Test
    void readsTheFingerprintKeyIdAndUserIdsOfAnArmoredKey() {
        List<PublicKeyBlock.Key> keys = PublicKeyBlock.parse(KeyFixtures.text("alice.pub.asc"));

        assertEquals(1, keys.size());
        PublicKeyBlock.Key alice = keys.get(0);
        assertEquals(KeyFixtures.ALICE_FINGERPRINT, alice.fingerprint());
        assertEquals(KeyFixtures.ALICE_FINGERPRINT.substring(24), alice.keyId());
        assertEquals(List.of("alice <alice@example.org>"), alice.userIds());
        assertEquals(1, alice.algorithm());
        assertEquals(3072, alice.bits());
        assertNull(alice.expires());
    }

    @Test
    void theRearmoredKeyReadsAsTheSameKey() {
        PublicKeyBlock.Key alice = PublicKeyBlock.parse(KeyFixtures.text("alice.pub.asc")).get(0);

        assertEquals(alice.fingerprint(), PublicKeyBlock.parse(alice.armored()).get(0).fingerprint());
    }

    @Test
    void readsEveryKeyOfABlock() {
        String both = KeyFixtures.text("alice.pub.asc") + "\n" + KeyFixtures.text("bob.pub.asc");

        assertEquals(2, PublicKeyBlock.parse(both).size());
    }

    @Test
    void aPrivateKeyIsRefusedWithAdviceToSendThePublicOne() {
        String secret = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGsS7J8BDAC\n-----END PGP PRIVATE KEY BLOCK-----\n";

        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> PublicKeyBlock.parse(secret));
        assertEquals(ErrorKey.KEY_PRIVATE, refusal.key());
    }

    @Test
    void textThatIsNoKeyIsRefused() {
        for (String text : List.of("hello", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot base64!\n"
                + "-----END PGP PUBLIC KEY BLOCK-----\n")) {
            InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> PublicKeyBlock.parse(text));
            assertEquals(ErrorKey.KEY_UNREADABLE, refusal.key(), text);
        }
    }

    @Test
    void nothingAndTooMuchAreRefused() {
        assertEquals(ErrorKey.KEY_REQUIRED,
                assertThrows(InvalidInputException.class, () -> PublicKeyBlock.parse(" ")).key());
        String huge = "x".repeat(PublicKeyBlock.MAX_LENGTH + 1);
        assertEquals(ErrorKey.KEY_TOO_LARGE,
                assertThrows(InvalidInputException.class, () -> PublicKeyBlock.parse(huge)).key());
    }
}
