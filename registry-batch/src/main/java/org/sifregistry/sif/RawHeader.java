package org.sifregistry.sif;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.UUID;

/** The 128-byte SIF global header as stored (layout of Go's sif.header, little-endian, unpadded). */
record RawHeader(
        byte[] bytes,
        long createdAt,
        long modifiedAt,
        long descriptorsFree,
        long descriptorsTotal,
        long descriptorsOffset,
        long descriptorsSize,
        long dataOffset,
        long dataSize) {

    static final int SIZE = 128;
    static final int MAGIC_OFFSET = 32;
    static final byte[] MAGIC = {'S', 'I', 'F', '_', 'M', 'A', 'G', 'I', 'C', 0};
    private static final int LAUNCH_LENGTH = 32;
    private static final int VERSION_OFFSET = 42;
    private static final int ARCH_OFFSET = 45;
    private static final int ID_OFFSET = 48;
    private static final byte[] VERSION_01 = {'0', '1', 0};

    static boolean hasMagic(byte[] start) {
        return start.length >= MAGIC_OFFSET + MAGIC.length
                && Arrays.equals(start, MAGIC_OFFSET, MAGIC_OFFSET + MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    static RawHeader parse(byte[] bytes) throws SifFormatException {
        if (!Arrays.equals(bytes, VERSION_OFFSET, VERSION_OFFSET + 3, VERSION_01, 0, 3)) {
            int length = bytes[VERSION_OFFSET + 2] == 0 ? 2 : 3;
            throw new SifFormatException("unsupported SIF version \"" + Text.printable(bytes, VERSION_OFFSET, length)
                    + "\" at byte " + VERSION_OFFSET + " (this reader knows version 01)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new RawHeader(bytes.clone(), b.getLong(64), b.getLong(72), b.getLong(80), b.getLong(88),
                b.getLong(96), b.getLong(104), b.getLong(112), b.getLong(120));
    }

    /** Checks the counts and sections against the file and the limits. */
    void validate(long fileSize, SifLimits limits) throws SifFormatException {
        if (descriptorsTotal < 0) {
            throw new SifFormatException("the header declares a negative number of descriptors ("
                    + descriptorsTotal + ")");
        }
        if (descriptorsTotal > limits.maxDescriptors()) {
            throw new SifFormatException("the header declares " + descriptorsTotal
                    + " descriptors, more than the limit of " + limits.maxDescriptors());
        }
        if (descriptorsFree < 0 || descriptorsFree > descriptorsTotal) {
            throw new SifFormatException("the header says " + descriptorsFree + " of " + descriptorsTotal
                    + " descriptors are free");
        }
        long tableLength = tableLength();
        if (descriptorsSize < tableLength) {
            throw new SifFormatException("the header gives the descriptor table " + descriptorsSize + " bytes, but "
                    + descriptorsTotal + " descriptors need " + tableLength);
        }
        if (descriptorsOffset < 0) {
            throw new SifFormatException("the header gives the descriptor table a negative offset ("
                    + descriptorsOffset + ")");
        }
        if (descriptorsOffset < SIZE) {
            throw new SifFormatException("the descriptor table starts at byte " + descriptorsOffset
                    + ", inside the " + SIZE + "-byte header");
        }
        if (descriptorsOffset > fileSize - tableLength) {
            throw new SifFormatException("the descriptor table (" + descriptorsTotal + " descriptors of "
                    + RawDescriptor.SIZE + " bytes from byte " + descriptorsOffset + ") ends at byte "
                    + Long.toUnsignedString(descriptorsOffset + tableLength) + " but the file has " + fileSize
                    + " bytes");
        }
        if (dataOffset < 0 || dataSize < 0) {
            throw new SifFormatException("the header gives a negative data section offset or size (" + dataOffset
                    + ", " + dataSize + ")");
        }
        if (dataOffset > fileSize - dataSize) {
            throw new SifFormatException("the data section ends at byte " + Long.toUnsignedString(dataOffset + dataSize)
                    + " but the file has " + fileSize + " bytes (truncated?)");
        }
    }

    /** Bytes of all declared descriptors; meaningful once {@link #validate} has checked the count. */
    long tableLength() {
        return descriptorsTotal * RawDescriptor.SIZE;
    }

    SifHeader toHeader() {
        return new SifHeader(
                Text.fixedField(bytes, 0, LAUNCH_LENGTH),
                Text.fixedField(bytes, VERSION_OFFSET, 3),
                GoArch.name(bytes, ARCH_OFFSET),
                id(),
                Text.unixTime(createdAt),
                Text.unixTime(modifiedAt),
                dataOffset,
                dataSize,
                (int) descriptorsTotal,
                (int) descriptorsFree,
                descriptorsOffset,
                descriptorsSize);
    }

    private UUID id() {
        ByteBuffer b = ByteBuffer.wrap(bytes, ID_OFFSET, 16);
        long high = b.getLong();
        long low = b.getLong();
        return high == 0 && low == 0 ? null : new UUID(high, low);
    }

    /** The fields Go's header.GetIntegrityReader covers: launch script, magic, version and id (not the arch). */
    byte[] integrityBytes() {
        byte[] out = new byte[LAUNCH_LENGTH + MAGIC.length + 3 + 16];
        System.arraycopy(bytes, 0, out, 0, ARCH_OFFSET);
        System.arraycopy(bytes, ID_OFFSET, out, ARCH_OFFSET, 16);
        return out;
    }
}
