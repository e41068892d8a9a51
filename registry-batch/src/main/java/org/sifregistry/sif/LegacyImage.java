package org.sifregistry.sif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Singularity 2.x images: a "#!/usr/bin/env run-singularity" line, then a squashfs or ext3 file system. */
final class LegacyImage {
    private static final byte[] SQUASHFS_MAGIC = {'h', 's', 'q', 's'};
    /** The ext2/3/4 superblock starts 1024 bytes into the file system; its magic 0xEF53 is 56 bytes into it. */
    private static final int EXT_MAGIC_OFFSET = 1024 + 56;

    private LegacyImage() {
    }

    /** The length of the launch line, newline included, or -1 when {@code start} does not begin with one. */
    static int launchLineLength(byte[] start) {
        if (start.length < 2 || start[0] != '#' || start[1] != '!') {
            return -1;
        }
        for (int i = 2; i < start.length; i++) {
            if (start[i] == '\n') {
                String line = new String(start, 0, i, StandardCharsets.ISO_8859_1);
                return line.contains("run-singularity") ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** "squashfs" or "ext3", for the file system after the launch line. */
    static String fileSystem(ImageFile file, int lineLength) throws SifFormatException, IOException {
        if (file.size() >= lineLength + 4L) {
            byte[] magic = file.read(lineLength, 4, "the legacy image's file system magic");
            if (java.util.Arrays.equals(magic, SQUASHFS_MAGIC)) {
                return "squashfs";
            }
        }
        if (file.size() >= lineLength + EXT_MAGIC_OFFSET + 2L) {
            byte[] magic = file.read(lineLength + EXT_MAGIC_OFFSET, 2, "the legacy image's ext3 superblock");
            if ((magic[0] & 0xff) == 0x53 && (magic[1] & 0xff) == 0xef) {
                return "ext3";
            }
        }
        throw new SifFormatException("the file starts with a Singularity 2.x launch line, but neither a squashfs"
                + " nor an ext3 file system follows it at byte " + lineLength);
    }
}
