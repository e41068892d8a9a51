package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ImageFilterTest {

    @Test
    void readsTheLibraryClientsCommaSeparatedArchitecturesAndSignedFlag() {
        ImageFilter filter = ImageFilter.of("amd64, arm64,", "true");

        assertEquals(Set.of("amd64", "arm64"), filter.architectures());
        assertTrue(filter.signedOnly());
        assertTrue(filter.narrows());
    }

    @Test
    void blanksAndOtherWordsFilterNothing() {
        for (ImageFilter filter : new ImageFilter[] {ImageFilter.of(null, null), ImageFilter.of(" ", "false"),
                ImageFilter.of("", "yes")}) {
            assertEquals(ImageFilter.ANY, filter);
            assertFalse(filter.narrows());
        }
    }
}
