package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.InvalidInputException;

class ImageFormatTest {

    private static final String LAUNCH = "#!/usr/bin/env run-singularity\n";

    @Test
    void aSifHasItsMagicAtByte32() {
        byte[] head = Arrays.copyOf(LAUNCH.getBytes(StandardCharsets.US_ASCII), 64);
        System.arraycopy("SIF_MAGIC".getBytes(StandardCharsets.US_ASCII), 0, head, 32, 9);
        assertEquals(ImageFormat.SIF, ImageFormat.of(head));
    }

    @Test
    void aSifWithoutLaunchLineIsStillASif() {
        byte[] head = new byte[64];
        System.arraycopy("SIF_MAGIC".getBytes(StandardCharsets.US_ASCII), 0, head, 32, 9);
        assertEquals(ImageFormat.SIF, ImageFormat.of(head));
    }

    @Test
    void theLaunchLineAloneIsALegacyImage() {
        assertEquals(ImageFormat.LEGACY, ImageFormat.of((LAUNCH + "hsqs").getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anEmptyFileIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImageFormat.of(new byte[0]));
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void otherBytesAreRefusedSayingWhatTheyStartWith() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ImageFormat.of("<html><body>oops".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().contains("neither a SIF image nor a legacy"));
        assertTrue(e.getMessage().contains("<html>"));
    }
}
