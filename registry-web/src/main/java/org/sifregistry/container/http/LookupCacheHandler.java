package org.sifregistry.container.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.StreamSinkConduit;

import org.sifregistry.common.DataVersion;
import org.sifregistry.common.Secrets;
import org.sifregistry.user.http.TokenAnswers;

/**
 * Answers repeated metadata lookups (the shub manifest, the library's image record) from memory, before the
 * container's sign-in, the servlets and the database: clients ask for the same few images over and over when a job
 * starts on many nodes, and CI jobs with their API token. The first lookup goes through, and its answer is kept
 * ({@link LookupCache}).
 *
 * <p>Only requests without a cookie, and with no credentials, whose answer is the same for everyone (the public
 * view), or with an API token ({@code Authorization: Bearer}), whose answer is kept for that token alone: under the
 * hash of the credential, and only once the API has verified it ({@link TokenAnswers}), never past its expiry. A
 * revoked token ends what was kept for it like any other committed write. Passwords and sessions always get a fresh
 * answer.
 */
public final class LookupCacheHandler implements HttpHandler {

    private static final List<String> LOOKUPS = List.of("/api/container/", "/api/library/v1/images/", "/v1/images/");
    private static final int MAX_BODY = 64 * 1024;
    private static final long MAX_CACHED_BYTES = 16L << 20;
    private static final String SCHEME = "bearer ";

    private final HttpHandler next;
    private final LookupCache cache;

    LookupCacheHandler(HttpHandler next, LookupCache cache) {
        this.next = next;
        this.cache = cache;
    }

    /** Puts the cache in front of a deployment's handlers; a zero {@code lifetime} leaves them as they are. */
    public static HandlerWrapper keepingAnswersFor(Duration lifetime) {
        if (lifetime.isZero()) {
            return next -> next;
        }
        LookupCache cache = new LookupCache(lifetime, MAX_CACHED_BYTES, Clock.systemUTC());
        return next -> new LookupCacheHandler(next, cache);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String credential = isLookup(exchange) ? credential(exchange) : null;
        if (credential == null) {
            next.handleRequest(exchange);
            return;
        }
        String lookup = exchange.getRelativePath() + "?" + exchange.getQueryString();
        // A path starts with '/', so a token's answers never share a key with the public ones
        String key = credential.isEmpty() ? lookup : SCHEME + Secrets.sha256Hex(credential) + " " + lookup;
        var cached = cache.get(key);
        if (cached.isPresent()) {
            exchange.setStatusCode(StatusCodes.OK);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, cached.get().contentType());
            exchange.getResponseSender().send(ByteBuffer.wrap(cached.get().body()));
            return;
        }
        long version = DataVersion.current();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        exchange.addResponseWrapper((factory, ignored) -> new CopyingConduit(factory.create(), body));
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            String contentType = done.getResponseHeaders().getFirst(Headers.CONTENT_TYPE);
            String length = done.getResponseHeaders().getFirst(Headers.CONTENT_LENGTH);
            boolean whole = length != null && length.equals(Integer.toString(body.size())) && body.size() <= MAX_BODY;
            Optional<Instant> validUntil = credential.isEmpty() ? Optional.of(Instant.MAX)
                    : TokenAnswers.validUntil(done);
            if (done.getStatusCode() == StatusCodes.OK && whole && contentType != null && validUntil.isPresent()
                    && !done.getResponseHeaders().contains(Headers.SET_COOKIE)) {
                cache.put(key, version, validUntil.get(), contentType, body.toByteArray());
            }
            nextListener.proceed();
        });
        next.handleRequest(exchange);
    }

    private static boolean isLookup(HttpServerExchange exchange) {
        if (!Methods.GET.equals(exchange.getRequestMethod()) || exchange.getRequestHeaders().contains(Headers.COOKIE)) {
            return false;
        }
        String path = exchange.getRelativePath();
        return LOOKUPS.stream().anyMatch(path::startsWith);
    }

    /**
     * The request's bearer credential, empty for none, or null for any other: a password, or what the API refuses
     * anyway (several, or a scheme without one), which must reach it.
     */
    private static String credential(HttpServerExchange exchange) {
        HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        if (authorization == null) {
            return "";
        }
        String only = authorization.size() == 1 ? authorization.getFirst() : "";
        String credential = only.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? only.substring(SCHEME.length()).strip() : "";
        return credential.isEmpty() ? null : credential;
    }

    /** Passes the body on and keeps a copy of what was written, up to {@link #MAX_BODY} and one write beyond. */
    private static final class CopyingConduit extends AbstractStreamSinkConduit<StreamSinkConduit> {

        /** The next conduit's {@code write} or {@code writeFinal} of several buffers. */
        @FunctionalInterface
        private interface GatheringWrite {
            long write(ByteBuffer[] srcs, int offs, int len) throws IOException;
        }

        private final ByteArrayOutputStream copy;

        CopyingConduit(StreamSinkConduit next, ByteArrayOutputStream copy) {
            super(next);
            this.copy = copy;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return (int) write(new ByteBuffer[] {src}, 0, 1);
        }

        @Override
        public int writeFinal(ByteBuffer src) throws IOException {
            return (int) writeFinal(new ByteBuffer[] {src}, 0, 1);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offs, int len) throws IOException {
            return copying(srcs, offs, len, super::write);
        }

        @Override
        public long writeFinal(ByteBuffer[] srcs, int offs, int len) throws IOException {
            return copying(srcs, offs, len, super::writeFinal);
        }

        /** Notes where each buffer stands, writes them on, and keeps what the next conduit consumed. */
        private long copying(ByteBuffer[] srcs, int offs, int len, GatheringWrite next) throws IOException {
            int[] starts = new int[len];
            for (int i = 0; i < len; i++) {
                starts[i] = srcs[offs + i].position();
            }
            long written = next.write(srcs, offs, len);
            for (int i = 0; i < len; i++) {
                keep(srcs[offs + i], starts[i]);
            }
            return written;
        }

        private void keep(ByteBuffer src, int start) {
            int written = src.position() - start;
            if (written <= 0 || copy.size() > MAX_BODY) {
                return;
            }
            byte[] bytes = new byte[written];
            src.get(start, bytes);
            copy.writeBytes(bytes);
        }
    }
}
