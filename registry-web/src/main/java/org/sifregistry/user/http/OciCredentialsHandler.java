package org.sifregistry.user.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

/**
 * Brings the credentials OCI clients send for {@code oras://} (the OCI API under {@code /v2/}) to where the registry
 * checks them, before the container's authentication: HTTP basic whose password is an API token ({@code sifr_...},
 * what {@code apptainer registry login} users put there) becomes {@code Bearer <token>} for the API's token filter,
 * and the OAuth2 password form posted to {@code /v2/token} becomes HTTP basic, so the container signs it in and the
 * sign-in limits count it like any other password. It sits outside {@link SignInLimitHandler} for that reason.
 */
public final class OciCredentialsHandler implements HttpHandler {

    private static final String API_TOKEN_PREFIX = "sifr_";
    /** The OCI API's paths before and after WEB-INF/undertow-handlers.conf rewrites them. */
    private static final Pattern OCI_PATH = Pattern.compile(
            "^(/api/oci)?/v2/(token|_catalog|.+/(manifests|blobs|tags|referrers)/.*)?$");
    private static final Pattern TOKEN_PATH = Pattern.compile("^(/api/oci)?/v2/token$");

    private final HttpHandler next;

    public OciCredentialsHandler(HttpHandler next) {
        this.next = next;
    }

    /** Whether the request is one of the OCI API's, before or after the rewrite. */
    static boolean isOciRequest(HttpServerExchange exchange) {
        return OCI_PATH.matcher(exchange.getRelativePath()).matches();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRelativePath();
        if (isOciRequest(exchange)) {
            String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
            if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
                String password = basicPassword(authorization.substring(6).strip());
                if (password.startsWith(API_TOKEN_PREFIX)) {
                    exchange.getRequestHeaders().put(Headers.AUTHORIZATION, "Bearer " + password);
                }
            } else if (authorization == null && Methods.POST.equals(exchange.getRequestMethod())
                    && TOKEN_PATH.matcher(path).matches()) {
                fromForm(exchange);
            }
        }
        next.handleRequest(exchange);
    }

    private static void fromForm(HttpServerExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return;
        }
        // The servlet request parses the form once and keeps it, for the token resource too
        var request = ServletRequestContext.requireCurrent().getServletRequest();
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if (password == null || password.isEmpty()) {
            return;
        }
        exchange.getRequestHeaders().put(Headers.AUTHORIZATION, password.startsWith(API_TOKEN_PREFIX)
                ? "Bearer " + password
                : "Basic " + Base64.getEncoder().encodeToString((String.valueOf(username) + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static String basicPassword(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
