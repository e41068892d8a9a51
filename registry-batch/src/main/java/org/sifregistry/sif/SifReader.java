package org.sifregistry.sif;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the metadata of a SIF image (or recognises a Singularity 2.x image) without reading its partitions: the
 * 128-byte header, the descriptor table, and the Deffile, EnvVar, Labels, generic JSON and Signature objects, each
 * within {@link SifLimits}. Signature digests are checked by hashing signed objects within the digest budget.
 *
 * <p>Anything malformed is a {@link SifFormatException} naming the problem: a file too short, bad magic, an
 * unsupported version, absurd descriptor counts, a table or object outside the file, overlapping objects, objects
 * over the limits, invalid JSON or invalid UTF-8 in JSON. Plain text (definition file, environment, names) with
 * invalid UTF-8 is kept, with U+FFFD for the bad bytes. {@link IOException} is left for failures of the file itself.
 *
 * <p>Stateless and thread-safe; the channel is read with positional reads only, so its position is untouched.
 *
 * <p>Cost, for benchmarking: one read of the first 128 bytes, one of the descriptor table (585 bytes per declared
 * descriptor), one per small object, and the hashing of signed objects within {@link SifLimits#maxDigestBytes()};
 * none of it grows with the partitions. A {@code maxDigestBytes} of 0 measures the metadata path alone.
 */
public final class SifReader {
    private final SifLimits limits;

    public SifReader(SifLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public SifImage read(Path file) throws SifFormatException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel);
        }
    }

    public SifImage read(SeekableByteChannel channel) throws SifFormatException, IOException {
        ImageFile file = new ImageFile(channel, limits);
        long size = file.size();
        byte[] start = file.read(0, (int) Math.min(size, RawHeader.SIZE), "the header");
        if (RawHeader.hasMagic(start)) {
            if (size < RawHeader.SIZE) {
                throw new SifFormatException("the file is " + size + " bytes, too short for the " + RawHeader.SIZE
                        + "-byte SIF header (truncated?)");
            }
            RawHeader header = RawHeader.parse(start);
            header.validate(size, limits);
            List<RawDescriptor> used = DescriptorTable.read(file, header);
            return ImageContents.read(file, header, used, limits);
        }
        int launchLine = LegacyImage.launchLineLength(start);
        if (launchLine > 0) {
            return new SifImage(ImageKind.LEGACY, null, List.of(), null, Map.of(), null, null, null, List.of(),
                    List.of(), List.of(), null, null, LegacyImage.fileSystem(file, launchLine));
        }
        throw new SifFormatException(size == 0
                ? "not a SIF image: the file is empty"
                : "not a SIF image: no SIF_MAGIC at byte " + RawHeader.MAGIC_OFFSET
                        + " and no Singularity 2.x launch line (the file has " + size + " bytes)");
    }
}
