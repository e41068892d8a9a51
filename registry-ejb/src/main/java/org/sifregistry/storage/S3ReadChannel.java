package org.sifregistry.storage;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Reads an object at any position through ranged GETs, never the whole object unasked. A read where the last one
 * ended goes on in the open response, and each GET that continues one asks for twice as much as the one before (up
 * to {@value #MAX_WINDOW} bytes): a download streams in a few large requests, while the SIF header reader, which jumps
 * between small pieces, fetches little more than it reads.
 */
final class S3ReadChannel implements SeekableByteChannel {

    static final int FIRST_WINDOW = 64 << 10;
    static final int MAX_WINDOW = 16 << 20;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final long size;
    private final byte[] transfer = new byte[FIRST_WINDOW];

    private long position;
    private ResponseInputStream<GetObjectResponse> body;
    private long bodyPosition;
    private long bodyEnd;
    private long window = FIRST_WINDOW;
    private boolean open = true;

    S3ReadChannel(S3Client s3, String bucket, String key, long size) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        requireOpen();
        if (position >= size) {
            return -1;
        }
        if (!target.hasRemaining()) {
            return 0;
        }
        if (body == null || bodyPosition != position || bodyPosition >= bodyEnd) {
            fetchFrom(position);
        }
        int wanted = (int) Math.min(Math.min(target.remaining(), transfer.length), bodyEnd - bodyPosition);
        int read = body.read(transfer, 0, wanted);
        if (read < 0) {
            throw new EOFException(key + " ended at byte " + bodyPosition + ", before the " + size + " it has");
        }
        target.put(transfer, 0, read);
        position += read;
        bodyPosition += read;
        return read;
    }

    private void fetchFrom(long start) throws IOException {
        boolean goesOn = body != null && bodyPosition == start;
        window = goesOn ? Math.min(window * 2, MAX_WINDOW) : FIRST_WINDOW;
        closeBody();
        long end = Math.min(size, start + window);
        try {
            body = s3.getObject(request -> request.bucket(bucket).key(key).range("bytes=" + start + "-" + (end - 1)));
        } catch (SdkException e) {
            throw new IOException("Cannot read " + key + " from the object store: " + e.getMessage(), e);
        }
        bodyPosition = start;
        bodyEnd = end;
    }

    /** A response left unread is aborted rather than drained: its connection is not worth the rest of the range. */
    private void closeBody() throws IOException {
        if (body != null) {
            if (bodyPosition < bodyEnd) {
                body.abort();
            }
            body.close();
            body = null;
        }
    }

    @Override
    public long position() throws IOException {
        requireOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        requireOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("position < 0: " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        requireOpen();
        return size;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long length) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            closeBody();
        }
    }

    private void requireOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
