package org.sifregistry.common.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * The security headers of every answer of the web module: pages, static resources, the APIs, error pages, and also
 * what the container answers itself before any servlet filter runs (sign-in redirects, BASIC challenges, the 403 of
 * WEB-INF). They are added when the response is committed, which is what lets pages keep their own policy:
 * PrimeFaces sets a page's Content-Security-Policy (web.xml's {@code primefaces.CSP_POLICY} plus a nonce for the
 * view's scripts), and only an answer without one gets {@link #NOTHING_POLICY}. Two policies would both be enforced.
 */
public final class SecurityHeadersHandler implements HttpHandler {

    /** For everything but pages (JSON, images, CSS, plain error texts): nothing in it may load or run anything. */
    static final String NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    private static final HttpString CONTENT_SECURITY_POLICY = HttpString.tryFromString("Content-Security-Policy");
    private static final HttpString CONTENT_TYPE_OPTIONS = HttpString.tryFromString("X-Content-Type-Options");
    private static final HttpString FRAME_OPTIONS = HttpString.tryFromString("X-Frame-Options");
    private static final HttpString REFERRER_POLICY = HttpString.tryFromString("Referrer-Policy");
    private static final HttpString TRANSPORT_SECURITY = HttpString.tryFromString("Strict-Transport-Security");

    private final HttpHandler next;

    public SecurityHeadersHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(SecurityHeadersHandler::addHeaders);
        next.handleRequest(exchange);
    }

    private static void addHeaders(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
        // The old header for browsers that ignore the policies' frame-ancestors
        headers.put(FRAME_OPTIONS, "DENY");
        // Share links and signed URLs are secrets in the address: no other site learns them from a Referer
        headers.put(REFERRER_POLICY, "same-origin");
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            headers.put(CONTENT_SECURITY_POLICY, NOTHING_POLICY);
        }
        // Only over https: sent over plain http it would be ignored, and http://localhost must keep working
        if (exchange.isSecure()) {
            headers.put(TRANSPORT_SECURITY, "max-age=31536000");
        }
    }
}
