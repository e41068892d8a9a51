package org.sifregistry.container.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * What kind of image a file is, told from its first bytes: a SIF file (the launch line, then {@code SIF_MAGIC} at
 * byte 32) or a Singularity 2.x image (the {@code run-singularity} line before a squashfs or ext3 file system).
 * Anything else is refused before it is published; the batch parser reads the rest later.
 */
public enum ImageFormat {
    SIF,
    LEGACY;

    private static final byte[] LAUNCH_LINE = "#!/usr/bin/env run-singularity".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIF_MAGIC = "SIF_MAGIC".getBytes(StandardCharsets.US_ASCII);
    private static final int SIF_MAGIC_OFFSET = 32;

    /**
     * @param head the file's first bytes: 41 suffice, fewer when the file is shorter
     * @throws InvalidInputException saying what the file looks like instead
     */
    public static ImageFormat of(byte[] head) {
        if (head.length == 0) {
            throw new InvalidInputException("image", ErrorKey.IMAGE_EMPTY);
        }
        if (startsWith(head, SIF_MAGIC_OFFSET, SIF_MAGIC)) {
            return SIF;
        }
        if (startsWith(head, 0, LAUNCH_LINE)) {
            return LEGACY;
        }
        throw new InvalidInputException("image", ErrorKey.IMAGE_FORMAT, printable(head));
    }

    private static boolean startsWith(byte[] head, int offset, byte[] expected) {
        return head.length >= offset + expected.length
                && Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
    }

    /** The first bytes as text a user can recognise, non-printable ones as dots. */
    private static String printable(byte[] head) {
        StringBuilder text = new StringBuilder("'");
        for (int i = 0; i < Math.min(head.length, 16); i++) {
            int b = head[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return text.append("'").toString();
    }
}
