package org.sifregistry.sif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Positional reads from an image, with the small-object byte budget of one read. Reads that go on where the last
 * ended keep the channel's position, which an image store on the network reads ahead for.
 */
final class ImageFile {
    private static final int CHUNK = 64 * 1024;

    private final SeekableByteChannel channel;
    private final long size;
    private final SifLimits limits;
    private long objectBytesRead;

    ImageFile(SeekableByteChannel channel, SifLimits limits) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.limits = limits;
    }

    long size() {
        return size;
    }

    /** Reads {@code length} bytes at {@code offset}, which the caller has checked lie inside the file. */
    byte[] read(long offset, int length, String what) throws SifFormatException, IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        fill(buffer, offset, what);
        return buffer.array();
    }

    /** Reads a whole small object, charging it to the per-object and per-read limits. */
    byte[] readObject(RawDescriptor d) throws SifFormatException, IOException {
        if (d.size() > limits.maxObjectBytes()) {
            throw new SifFormatException(d.label() + " is " + d.size() + " bytes, more than the limit of "
                    + limits.maxObjectBytes() + " bytes for a " + d.type().displayName() + " object");
        }
        if (d.size() > limits.maxTotalBytes() - objectBytesRead) {
            throw new SifFormatException("reading " + d.label() + " (" + d.size() + " bytes) would take the text, JSON"
                    + " and signature objects past the limit of " + limits.maxTotalBytes() + " bytes in all");
        }
        objectBytesRead += d.size();
        return read(d.offset(), (int) d.size(), d.label());
    }

    /** Feeds {@code length} bytes at {@code offset} to {@code sink} in chunks, without holding them all. */
    void stream(long offset, long length, String what, ChunkSink sink) throws SifFormatException, IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(length, 1)));
        long position = offset;
        long remaining = length;
        while (remaining > 0) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), remaining));
            fill(buffer, position, what);
            sink.accept(buffer.array(), buffer.limit());
            position += buffer.limit();
            remaining -= buffer.limit();
        }
    }

    private void fill(ByteBuffer buffer, long offset, String what) throws SifFormatException, IOException {
        long position = offset;
        while (buffer.hasRemaining()) {
            int n = channel.position(position).read(buffer);
            // A channel returns 0 only for a full buffer; treating 0 as the end keeps the loop finite anyway.
            if (n <= 0) {
                throw new SifFormatException("the file ended at byte " + position + " while reading " + what
                        + " (it was " + size + " bytes when reading began)");
            }
            position += n;
        }
    }

    interface ChunkSink {
        void accept(byte[] bytes, int length);
    }
}
