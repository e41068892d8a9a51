package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImageDigestTest {

    @Test
    void aVersionFitsTheColumnsThatHoldIt() {
        assertEquals(ImageDigest.VERSION_LENGTH, ImageDigest.parse("ab".repeat(32)).version().length());
    }
}
