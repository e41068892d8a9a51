package org.sifregistry.container.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
import io.undertow.util.StatusCodes;
import org.xnio.XnioExecutor;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.StreamSinkConduit;

import org.sifregistry.common.Caller;
import org.sifregistry.common.DataVersion;
import org.sifregistry.common.Secrets;
import org.sifregistry.user.http.TokenAnswers;

/**
 * Answers repeated metadata lookups (the shub manifest, the library's image record and the 303 of its pull, OCI
 * manifests) from memory, before the container's sign-in, the servlets and the database: clients ask for the same few
 * images over and over when a job starts on many nodes, and CI jobs with their API token. The first lookup goes
 * through, and its answer is kept ({@link LookupCache}). A library pull's 303 is a lookup like the shub manifest: the
 * signed URL it hands out counts the download, and any other answer there (the image itself, when library pulls
 * stream) is never kept.
 *
 * <p>What is kept, and for whom:
 * <ul>
 *     <li>the public view: answers to requests with neither credentials nor a cookie, the same for everyone;</li>
 *     <li>a library or shub lookup with an API token ({@code Authorization: Bearer}): kept for that token alone,
 *     under the hash of the credential, only once the API has verified it ({@link TokenAnswers}) and never past its
 *     expiry. A revoked token ends what was kept for it like any other committed write;</li>
 *     <li>an OCI manifest with the registry token the client got after the challenge, checked here for pulling that
 *     repository ({@link PullTokens}): an anonymous token's view is the public one, so it is answered from and adds
 *     to the public answers; any other token that may pull is answered what is public, since everyone who may pull
 *     sees the same manifest, but adds nothing. {@code HEAD} is answered from what the {@code GET} kept.</li>
 * </ul>
 * Passwords, sessions and everything else always get a fresh answer.
 *
 * <p>The cache takes two places in a deployment's chain ({@link Places}): it answers what it keeps on the connection's
 * I/O thread, before the request is handed to a worker thread for the servlets, and it keeps answers around the
 * servlets. A repeated lookup so costs no hand-over between threads. Requests that miss while another request
 * computes the same answer wait for that one's answer on the I/O thread ({@link LookupsInFlight}): when a kept
 * answer ends under load, the servlets compute it once, not once for every client asking at that moment.
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

    /** Hears whether each lookup the cache could answer was answered from it: the hit and miss meters. */
    @FunctionalInterface
    public interface Lookups {
        void answered(boolean fromCache);
    }

    /** The Cache-Control of an answer never kept, so that each such request reaches its resource (to be audited). */
    public static final String NOT_KEPT = "private, no-store";
    private static final List<String> LOOKUPS = List.of("/api/container/", "/api/library/v1/images/", "/v1/images/");
    private static final List<String> LIBRARY_PULLS = List.of("/api/library/v1/imagefile/", "/v1/imagefile/");
    /** Before and after WEB-INF/undertow-handlers.conf rewrites the OCI API's paths. */
    private static final Pattern OCI_MANIFEST = Pattern.compile("^(?:/api/oci)?/v2/(.+)/manifests/[^/]+$");
    private static final String BEARER = "bearer ";
    /** What an answer says about its body, said again from memory: its type, a manifest's identity, a 303's target. */
    private static final List<HttpString> KEPT_HEADERS = List.of(Headers.CONTENT_TYPE, Headers.ETAG, Headers.LOCATION,
            HttpString.tryFromString("Docker-Content-Digest"), HttpString.tryFromString("Docker-Distribution-API-Version"));
    private static final int MAX_BODY = 64 * 1024;
    private static final long MAX_CACHED_BYTES = 16L << 20;
    /** How long a request waits for another's answer to the same lookup at most: nginx's cache lock waits as long. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final HttpHandler next;
    private final LookupCache cache;
    private final LookupsInFlight inFlight;
    private final PullTokens tokens;
    private final Lookups lookups;
    /** False where the cache only answers: a lookup it does not hold there is counted and kept further in. */
    private final boolean keeps;

    private LookupCacheHandler(HttpHandler next, LookupCache cache, LookupsInFlight inFlight, PullTokens tokens,
            Lookups lookups, boolean keeps) {
        this.next = next;
        this.cache = cache;
        this.inFlight = inFlight;
        this.tokens = tokens;
        this.lookups = lookups;
        this.keeps = keeps;
    }

    /**
     * The cache's two places in a deployment's chain, on one store: {@code answering} in the initial chain, which runs
     * on the I/O thread (nothing it does blocks), and {@code keeping} around the servlets.
     */
    public record Places(HandlerWrapper answering, HandlerWrapper keeping) {
    }

    /** The cache for a deployment's handlers; with a zero {@code lifetime} both places leave them as they are. */
    public static Places keepingAnswersFor(Duration lifetime, PullTokens tokens, Lookups lookups) {
        if (lifetime.isZero()) {
            return new Places(next -> next, next -> next);
        }
        Clock clock = Clock.systemUTC();
        LookupCache cache = new LookupCache(lifetime, MAX_CACHED_BYTES, clock);
        LookupsInFlight inFlight = new LookupsInFlight(LONGEST_WAIT, clock);
        return new Places(next -> new LookupCacheHandler(next, cache, inFlight, tokens, lookups, false),
                next -> new LookupCacheHandler(next, cache, inFlight, tokens, lookups, true));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Lookup lookup = lookupOf(exchange);
        if (lookup == null) {
            next.handleRequest(exchange);
            return;
        }
        var cached = cache.get(lookup.key());
        if (cached.isPresent()) {
            lookups.answered(true);
            send(exchange, cached.get());
        } else if (!keeps) {
            onItsWay(exchange, lookup);
        } else {
            lookups.answered(false);
            if (lookup.keeping() != Keeping.NEVER && Methods.GET.equals(exchange.getRequestMethod())) {
                keepAnswer(exchange, lookup);
            }
            next.handleRequest(exchange);
        }
    }

    private static void send(HttpServerExchange exchange, LookupCache.Answer answer) {
        exchange.setStatusCode(answer.status());
        answer.headers().forEach(exchange.getResponseHeaders()::put);
        if (Methods.HEAD.equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, answer.body().length);
            exchange.endExchange();
        } else {
            exchange.getResponseSender().send(ByteBuffer.wrap(answer.body()));
        }
    }

    /**
     * Sends a lookup the answering place missed on to the servlets, unless another request is computing the same
     * answer: then it waits for that one and is answered with what it kept. Only a {@code GET} that may keep its
     * answer leads or waits, and not one whose answer is never kept.
     */
    private void onItsWay(HttpServerExchange exchange, Lookup lookup) throws Exception {
        String key = lookup.key();
        if (lookup.keeping() == Keeping.NEVER || !Methods.GET.equals(exchange.getRequestMethod())
                || cache.passes(key)) {
            next.handleRequest(exchange);
            return;
        }
        Waiting waiting = new Waiting(exchange, key);
        LookupsInFlight.Flight led = inFlight.leadOrWait(key, waiting);
        if (led != null) {
            // Registered before the keeping place's listener, so it runs after that one has kept the answer
            exchange.addExchangeCompleteListener((done, nextListener) -> {
                inFlight.land(key, led);
                nextListener.proceed();
            });
            next.handleRequest(exchange);
            return;
        }
        // Left open when this call returns; it goes on when the lookup it waits for lands, or after the longest wait
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> { });
        waiting.timeout = exchange.getIoThread().executeAfter(waiting, inFlight.longestWait().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A request waiting for the answer another request is computing; woken once, by its landing or the time out. */
    private final class Waiting implements Runnable {

        private final HttpServerExchange exchange;
        private final String key;
        private final AtomicBoolean woken = new AtomicBoolean();
        private volatile XnioExecutor.Key timeout;

        Waiting(HttpServerExchange exchange, String key) {
            this.exchange = exchange;
            this.key = key;
        }

        /**
         * Goes on, on the request's own I/O thread: always after the call that left it waiting has returned, since
         * that ran there too.
         */
        @Override
        public void run() {
            if (!woken.compareAndSet(false, true)) {
                return;
            }
            XnioExecutor.Key pending = timeout;
            if (pending != null) {
                pending.remove();
            }
            exchange.getIoThread().execute(() -> exchange.dispatch(SameThreadExecutor.INSTANCE, this::goOn));
        }

        private void goOn(HttpServerExchange exchange) throws Exception {
            var cached = cache.get(key);
            if (cached.isPresent()) {
                lookups.answered(true);
                send(exchange, cached.get());
            } else {
                next.handleRequest(exchange);
            }
        }
    }

    /** Who may add an answer to the cache. */
    private enum Keeping {
        /** Sees exactly what everyone sees. */
        PUBLIC,
        /** An API token's own answers, once the API has verified the token. */
        FOR_TOKEN,
        /** May pull, and may see more than the public: answered what is kept, never keeps. */
        NEVER
    }

    /** What a lookup's answer must be to be kept: its status, and the header that says what it is. */
    private enum Kept {
        /** Metadata: a 200 whose body is the answer. */
        METADATA(StatusCodes.OK, Headers.CONTENT_TYPE),
        /** A library pull: the 303 to the signed URL of the image. */
        REDIRECT(StatusCodes.SEE_OTHER, Headers.LOCATION);

        private final int status;
        private final HttpString saying;

        Kept(int status, HttpString saying) {
            this.status = status;
            this.saying = saying;
        }

        boolean accepts(int answered, HeaderMap headers) {
            return answered == status && headers.contains(saying);
        }
    }

    /** Where a request's answer is kept, whether the request may keep it, and what answer may be kept. */
    private record Lookup(String key, Keeping keeping, Kept kept) {
    }

    /** Null for a request the cache leaves alone. */
    private Lookup lookupOf(HttpServerExchange exchange) {
        if (exchange.getRequestHeaders().contains(Headers.COOKIE)) {
            return null;
        }
        String path = exchange.getRelativePath();
        String target = path + "?" + exchange.getQueryString();
        HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        Kept kept = LOOKUPS.stream().anyMatch(path::startsWith) ? Kept.METADATA
                : LIBRARY_PULLS.stream().anyMatch(path::startsWith) ? Kept.REDIRECT : null;
        if (Methods.GET.equals(exchange.getRequestMethod()) && kept != null) {
            if (authorization == null) {
                return new Lookup(target, Keeping.PUBLIC, kept);
            }
            String token = bearerOf(authorization);
            // A path starts with '/', so a token's answers never share a key with the public ones
            return token == null ? null
                    : new Lookup(BEARER + Secrets.sha256Hex(token) + " " + target, Keeping.FOR_TOKEN, kept);
        }
        Matcher manifest = OCI_MANIFEST.matcher(path);
        if (!(Methods.GET.equals(exchange.getRequestMethod()) || Methods.HEAD.equals(exchange.getRequestMethod()))
                || !manifest.matches()) {
            return null;
        }
        if (authorization == null) {
            return new Lookup(target, Keeping.PUBLIC, Kept.METADATA);
        }
        String token = bearerOf(authorization);
        return token == null ? null : tokens.pullerOf(token, manifest.group(1))
                .map(caller -> new Lookup(target, caller.isAnonymous() ? Keeping.PUBLIC : Keeping.NEVER,
                        Kept.METADATA))
                .orElse(null);
    }

    /**
     * The request's bearer credential, or null for any other: a password, or what the API refuses anyway (several,
     * or a scheme without one), which must reach it.
     */
    private static String bearerOf(HeaderValues authorization) {
        String only = authorization.size() == 1 ? authorization.getFirst() : "";
        String credential = only.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? only.substring(BEARER.length()).strip() : "";
        return credential.isEmpty() ? null : credential;
    }

    /**
     * Keeps the answer the servlets give once it is complete, if it is whole, of the kind the lookup keeps, sets no
     * cookie and does not say {@code no-store} (a pull of a private image, audited each time); of such an answer
     * the cache notes that it is never kept.
     */
    private void keepAnswer(HttpServerExchange exchange, Lookup lookup) {
        long version = DataVersion.current();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        exchange.addResponseWrapper((factory, ignored) -> new CopyingConduit(factory.create(), body));
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            HeaderMap response = done.getResponseHeaders();
            String length = response.getFirst(Headers.CONTENT_LENGTH);
            boolean whole = length != null && length.equals(Integer.toString(body.size())) && body.size() <= MAX_BODY;
            Optional<Instant> validUntil = lookup.keeping() == Keeping.PUBLIC ? Optional.of(Instant.MAX)
                    : TokenAnswers.validUntil(done);
            boolean keepable = lookup.kept().accepts(done.getStatusCode(), response) && whole
                    && validUntil.isPresent() && !response.contains(Headers.SET_COOKIE);
            if (keepable && !isNoStore(response)) {
                Map<HttpString, String> headers = new HashMap<>();
                KEPT_HEADERS.stream().filter(response::contains).forEach(h -> headers.put(h, response.getFirst(h)));
                cache.put(lookup.key(), version, validUntil.get(), done.getStatusCode(), headers, body.toByteArray());
            } else if (keepable) {
                cache.pass(lookup.key(), version, validUntil.get());
            }
            nextListener.proceed();
        });
    }

    private static boolean isNoStore(HeaderMap response) {
        String cacheControl = response.getFirst(Headers.CACHE_CONTROL);
        return cacheControl != null && cacheControl.contains("no-store");
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
