package org.sifregistry.sif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The committed fixture images (src/test/resources/sif) and byte patching for the tests. */
final class Fixtures {
    static final int DESCRIPTORS_OFFSET = 4096;

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/sif/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where field {@code fieldOffset} of descriptor {@code index} lies in a siftool-made image. */
    static int descriptorField(int index, int fieldOffset) {
        return DESCRIPTORS_OFFSET + index * RawDescriptor.SIZE + fieldOffset;
    }

    static void putLong(byte[] image, int at, long value) {
        ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putLong(at, value);
    }

    static void putInt(byte[] image, int at, int value) {
        ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    }

    static long getLong(byte[] image, int at) {
        return ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).getLong(at);
    }

    static int getInt(byte[] image, int at) {
        return ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
    }
}
