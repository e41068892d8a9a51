package org.sifregistry.container.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.StreamSinkConduit;

import org.sifregistry.common.Caller;
import org.sifregistry.common.DataVersion;

/**
 * Answers repeated metadata lookups (the shub manifest, the library's image record, OCI manifests) from memory,
 * before the container's sign-in, the servlets and the database: clients ask for the same few images over and over
 * when a job starts on many nodes. The first lookup goes through, and its answer is kept ({@link LookupCache}).
 *
 * <p>Only the public view is kept: answers to requests with neither credentials nor a cookie, which are the same
 * for everyone. OCI clients send the token they got after the challenge with every request, so an OCI manifest is
 * also answered from, and kept by, requests whose registry token checks out for pulling that repository
 * ({@link PullTokens}): kept only when the token is anonymous, whose view is the public one; answered to any, since
 * a kept answer is public and everyone who may pull sees the same manifest. Everything else, and a signed-in caller
 * who may see more, gets a fresh answer. {@code HEAD} of an OCI manifest is answered from what its {@code GET} kept.
 */
public final class LookupCacheHandler implements HttpHandler {

    /**
     * Checks a bearer credential for pulls from an OCI repository (named as the client wrote it), as the OCI API
     * would: who holds it, if it is a registry token whose signature holds, that has not expired and grants pull
     * there; empty for anything else.
     */
    @FunctionalInterface
    public interface PullTokens {
        Optional<Caller> pullerOf(String bearer, String repository);
    }

    private static final List<String> LOOKUPS = List.of("/api/container/", "/api/library/v1/images/", "/v1/images/");
    /** Before and after WEB-INF/undertow-handlers.conf rewrites the OCI API's paths. */
    private static final Pattern OCI_MANIFEST = Pattern.compile("^(?:/api/oci)?/v2/(.+)/manifests/[^/]+$");
    private static final String BEARER = "bearer ";
    /** What an answer says about its body, said again from memory: the type, and an OCI manifest's identity. */
    private static final List<HttpString> KEPT_HEADERS = List.of(Headers.CONTENT_TYPE, Headers.ETAG,
            HttpString.tryFromString("Docker-Content-Digest"), HttpString.tryFromString("Docker-Distribution-API-Version"));
    private static final int MAX_BODY = 64 * 1024;
    private static final long MAX_CACHED_BYTES = 16L << 20;

    private final HttpHandler next;
    private final LookupCache cache;
    private final PullTokens tokens;

    LookupCacheHandler(HttpHandler next, LookupCache cache, PullTokens tokens) {
        this.next = next;
        this.cache = cache;
        this.tokens = tokens;
    }

    /** Puts the cache in front of a deployment's handlers; a zero {@code lifetime} leaves them as they are. */
    public static HandlerWrapper keepingAnswersFor(Duration lifetime, PullTokens tokens) {
        if (lifetime.isZero()) {
            return next -> next;
        }
        LookupCache cache = new LookupCache(lifetime, MAX_CACHED_BYTES, Clock.systemUTC());
        return next -> new LookupCacheHandler(next, cache, tokens);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Reader reader = readerOf(exchange);
        if (reader == Reader.OTHER) {
            next.handleRequest(exchange);
            return;
        }
        String key = exchange.getRelativePath() + "?" + exchange.getQueryString();
        var cached = cache.get(key);
        if (cached.isPresent()) {
            exchange.setStatusCode(StatusCodes.OK);
            cached.get().headers().forEach(exchange.getResponseHeaders()::put);
            if (Methods.HEAD.equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, cached.get().body().length);
                exchange.endExchange();
            } else {
                exchange.getResponseSender().send(ByteBuffer.wrap(cached.get().body()));
            }
            return;
        }
        if (reader == Reader.PUBLIC_VIEW && Methods.GET.equals(exchange.getRequestMethod())) {
            keepAnswer(exchange, key);
        }
        next.handleRequest(exchange);
    }

    /** Who asks, as far as the cache is concerned. */
    private enum Reader {
        /** Sees exactly what everyone sees: the answer it gets may be kept. */
        PUBLIC_VIEW,
        /** May pull, and may see more than the public: answered what is kept, never kept itself. */
        PULLER,
        /** Anything else: always goes through. */
        OTHER
    }

    private Reader readerOf(HttpServerExchange exchange) {
        if (exchange.getRequestHeaders().contains(Headers.COOKIE)) {
            return Reader.OTHER;
        }
        String path = exchange.getRelativePath();
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (Methods.GET.equals(exchange.getRequestMethod()) && LOOKUPS.stream().anyMatch(path::startsWith)) {
            return authorization == null ? Reader.PUBLIC_VIEW : Reader.OTHER;
        }
        Matcher manifest = OCI_MANIFEST.matcher(path);
        if (!(Methods.GET.equals(exchange.getRequestMethod()) || Methods.HEAD.equals(exchange.getRequestMethod()))
                || !manifest.matches()) {
            return Reader.OTHER;
        }
        if (authorization == null) {
            return Reader.PUBLIC_VIEW;
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Reader.OTHER;
        }
        return tokens.pullerOf(authorization.substring(BEARER.length()).strip(), manifest.group(1))
                .map(caller -> caller.isAnonymous() ? Reader.PUBLIC_VIEW : Reader.PULLER)
                .orElse(Reader.OTHER);
    }

    /** Keeps the answer the servlets give once it is complete, if it is a whole 200 that sets no cookie. */
    private void keepAnswer(HttpServerExchange exchange, String key) {
        long version = DataVersion.current();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        exchange.addResponseWrapper((factory, ignored) -> new CopyingConduit(factory.create(), body));
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            HeaderMap response = done.getResponseHeaders();
            String length = response.getFirst(Headers.CONTENT_LENGTH);
            boolean whole = length != null && length.equals(Integer.toString(body.size())) && body.size() <= MAX_BODY;
            if (done.getStatusCode() == StatusCodes.OK && whole && response.contains(Headers.CONTENT_TYPE)
                    && !response.contains(Headers.SET_COOKIE)) {
                Map<HttpString, String> headers = new HashMap<>();
                KEPT_HEADERS.stream().filter(response::contains).forEach(h -> headers.put(h, response.getFirst(h)));
                cache.put(key, version, headers, body.toByteArray());
            }
            nextListener.proceed();
        });
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
