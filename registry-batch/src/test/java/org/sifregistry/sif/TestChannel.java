package org.sifregistry.sif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only channel over bytes or over another channel that counts what is read, so tests can see that the reader
 * touches little of an image.
 */
final class TestChannel implements SeekableByteChannel {
    private final byte[] bytes;
    private final SeekableByteChannel delegate;
    private long position;
    private long bytesRead;

    private TestChannel(byte[] bytes, SeekableByteChannel delegate) {
        this.bytes = bytes;
        this.delegate = delegate;
    }

    static TestChannel of(byte[] bytes) {
        return new TestChannel(bytes, null);
    }

    static TestChannel wrapping(SeekableByteChannel delegate) {
        return new TestChannel(null, delegate);
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n;
        if (delegate != null) {
            n = delegate.position(position).read(dst);
        } else if (position >= bytes.length) {
            n = -1;
        } else {
            n = (int) Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, (int) position, n);
        }
        if (n > 0) {
            bytesRead += n;
            position += n;
        }
        return n;
    }

    @Override
    public long size() throws IOException {
        return delegate != null ? delegate.size() : bytes.length;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        // nothing to release; a wrapped channel belongs to the test
    }
}
