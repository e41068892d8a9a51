package org.sifregistry.testing;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * A request whose body stops half way and hangs, as a client's does when the server is killed in the middle of its
 * upload: {@link #start} returns once half the body has been sent; {@link #finish} sends the rest and returns the
 * answer's status; {@link #close} (unless finished) lets the body fail and waits for the request to end, whatever
 * its end.
 */
public final class HangingUpload implements AutoCloseable {

    private final HangingBody body;
    private final CompletableFuture<HttpResponse<Void>> request;

    private HangingUpload(HangingBody body, CompletableFuture<HttpResponse<Void>> request) {
        this.body = body;
        this.request = request;
    }

    /** Sends {@code bytes} with {@code method} (PUT, POST) through {@code request}: the first half of them. */
    public static HangingUpload start(HttpRequest.Builder request, String method, byte[] bytes)
            throws InterruptedException {
        HangingBody body = new HangingBody(bytes);
        CompletableFuture<HttpResponse<Void>> sent = HttpClient.newHttpClient().sendAsync(request.method(method,
                BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), bytes.length)).build(),
                BodyHandlers.discarding());
        if (!body.halfSent.await(60, SECONDS)) {
            throw new AssertionError("half the body was not sent within 60 s");
        }
        return new HangingUpload(body, sent);
    }

    /** Sends the second half and returns the status of the answer. */
    public int finish() {
        body.resumed = true;
        body.released.countDown();
        return request.join().statusCode();
    }

    @Override
    public void close() {
        body.released.countDown();
        request.handle((answer, failure) -> null).join();
    }

    private static final class HangingBody extends InputStream {

        final CountDownLatch halfSent = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        volatile boolean resumed;
        private final byte[] bytes;
        private int position;
        private boolean pastHalf;

        HangingBody(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (position == bytes.length / 2 && !pastHalf) {
                halfSent.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (!resumed) {
                    throw new InterruptedIOException("the upload was cut off");
                }
                pastHalf = true;
            }
            if (position == bytes.length) {
                return -1;
            }
            int end = pastHalf ? bytes.length : bytes.length / 2;
            int count = Math.min(length, end - position);
            System.arraycopy(bytes, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
