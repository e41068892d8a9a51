package org.sifregistry.sif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A read-only FileChannel over bytes or over another channel that counts what is read and refuses everything but
 * positional reads, so tests can see that the reader touches little and never moves the position.
 */
final class TestChannel extends FileChannel {
    private final byte[] bytes;
    private final FileChannel delegate;
    private long bytesRead;

    private TestChannel(byte[] bytes, FileChannel delegate) {
        this.bytes = bytes;
        this.delegate = delegate;
    }

    static TestChannel of(byte[] bytes) {
        return new TestChannel(bytes, null);
    }

    static TestChannel wrapping(FileChannel delegate) {
        return new TestChannel(null, delegate);
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        int n;
        if (delegate != null) {
            n = delegate.read(dst, position);
        } else if (position >= bytes.length) {
            n = -1;
        } else {
            n = (int) Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, (int) position, n);
        }
        if (n > 0) {
            bytesRead += n;
        }
        return n;
    }

    @Override
    public long size() throws IOException {
        return delegate != null ? delegate.size() : bytes.length;
    }

    @Override
    public int read(ByteBuffer dst) {
        throw new UnsupportedOperationException("relative read");
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
        throw new UnsupportedOperationException("relative read");
    }

    @Override
    public int write(ByteBuffer src) {
        throw new UnsupportedOperationException("write");
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new UnsupportedOperationException("write");
    }

    @Override
    public long position() {
        throw new UnsupportedOperationException("position");
    }

    @Override
    public FileChannel position(long newPosition) {
        throw new UnsupportedOperationException("position");
    }

    @Override
    public FileChannel truncate(long size) {
        throw new UnsupportedOperationException("truncate");
    }

    @Override
    public void force(boolean metaData) {
        throw new UnsupportedOperationException("force");
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
        throw new UnsupportedOperationException("transferTo");
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
        throw new UnsupportedOperationException("transferFrom");
    }

    @Override
    public int write(ByteBuffer src, long position) {
        throw new UnsupportedOperationException("write");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException("map");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException("lock");
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException("tryLock");
    }

    @Override
    protected void implCloseChannel() {
        // nothing to release; a wrapped channel belongs to the test
    }
}
