package org.sifregistry.user.http;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.Json;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

import org.sifregistry.common.RequestOrigin;

/**
 * Brakes the guessing of passwords and API tokens: counts the failed attempts of each client and, once a client has
 * used up its failures, answers 429 with Retry-After without checking its credentials at all. It wraps the whole
 * servlet chain, outside the container's authentication, because that is where the failures happen and where no
 * servlet filter looks: a FORM sign-in at j_security_check, HTTP basic answered 401, and a bearer token the API's
 * {@code BearerTokenFilter} refuses (its 401 says {@code error="invalid_token"}).
 * <p>
 * Passwords count per client address and user name: a shared address (an HPC login node, a campus NAT) must not let
 * one person's typos lock out everyone behind it, and one account's password still gets only a few guesses per
 * window. A correct password forgives that user's earlier failures. Tokens carry no user name, so they count per
 * address alone, against a limit of their own, and a valid token forgives nothing. Successful requests never count.
 * <p>
 * Elytron itself locks an account (15 minutes) after 10 failed passwords in a row from anywhere. The default limit
 * for passwords (5) stays below that, so that one client alone can never lock someone else out of their account.
 * The default for tokens is far higher (1000): a token has 256 random bits, so that limit only stops a flood that
 * would load the database, and everyone behind one address (an HPC login node running many jobs) shares it.
 * <p>
 * The address is what Undertow sees: behind a reverse proxy, turn on the listener's {@code proxy-address-forwarding}.
 */
public final class SignInLimitHandler implements HttpHandler {

    private static final String FORM_ACTION = "/j_security_check";
    private static final String INVALID_TOKEN = "invalid_token";

    private enum Kind { FORM, BASIC, BEARER }

    /**
     * One request that presents credentials: how, the key its failure counts under with which limiter, and the
     * name it gave with the password (none with a token).
     */
    private record Attempt(Kind kind, String key, SignInLimiter limiter, String username, RequestOrigin origin) {
    }

    /**
     * Hears, for the audit trail, of each password that signed no one in, and of each client that used up its
     * failures (once per window: the refusals that follow are not worth a row each).
     */
    public interface FailedSignIns {
        void failed(String username, String mechanism, RequestOrigin origin);

        /** @param username the name given with the passwords; null for API tokens, which carry none */
        void blocked(String username, String mechanism, RequestOrigin origin, Duration window);
    }

    private final HttpHandler next;
    private final SignInLimiter passwords;
    private final SignInLimiter tokens;
    private final FailedSignIns failedSignIns;

    public SignInLimitHandler(HttpHandler next, SignInLimiter passwords, SignInLimiter tokens,
                              FailedSignIns failedSignIns) {
        this.next = next;
        this.passwords = passwords;
        this.tokens = tokens;
        this.failedSignIns = failedSignIns;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Attempt attempt = attempt(exchange);
        if (attempt == null) {
            next.handleRequest(exchange);
            return;
        }
        var blocked = attempt.limiter().blockedFor(attempt.key());
        if (blocked.isPresent()) {
            refuse(exchange, attempt.kind(), blocked.get());
            return;
        }
        // Judged as the answer is committed, before the client sees any of it: its next attempt must find it counted
        exchange.addResponseCommitListener(answered -> judge(answered, attempt));
        next.handleRequest(exchange);
    }

    private Attempt attempt(HttpServerExchange exchange) {
        String address = exchange.getSourceAddress().getAddress().getHostAddress();
        RequestOrigin origin = new RequestOrigin(address, exchange.getRequestHeaders().getFirst(Headers.USER_AGENT));
        if (Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRelativePath().endsWith(FORM_ACTION)) {
            // The servlet request parses the form once and keeps it, for the container's FORM mechanism too
            String username = ServletRequestContext.requireCurrent().getServletRequest().getParameter("j_username");
            return new Attempt(Kind.FORM, passwordKey(address, username), passwords, username, origin);
        }
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization == null) {
            return null;
        }
        String lower = authorization.toLowerCase(Locale.ROOT);
        if (lower.startsWith("basic ")) {
            String username = basicUsername(authorization.substring(6).strip());
            return new Attempt(Kind.BASIC, passwordKey(address, username), passwords, username, origin);
        }
        if (lower.startsWith("bearer ")) {
            return new Attempt(Kind.BEARER, address, tokens, null, origin);
        }
        return null;
    }

    private void judge(HttpServerExchange exchange, Attempt attempt) {
        boolean failed = switch (attempt.kind()) {
            case FORM -> !authenticated(exchange);
            case BASIC -> exchange.getStatusCode() == 401 && !authenticated(exchange);
            case BEARER -> exchange.getStatusCode() == 401 && String.valueOf(
                    exchange.getResponseHeaders().getFirst(Headers.WWW_AUTHENTICATE)).contains(INVALID_TOKEN);
        };
        if (failed) {
            boolean nowBlocked = attempt.limiter().failed(attempt.key());
            String mechanism = attempt.kind().name().toLowerCase(Locale.ROOT);
            if (attempt.kind() != Kind.BEARER) {
                failedSignIns.failed(attempt.username(), mechanism, attempt.origin());
            }
            if (nowBlocked) {
                failedSignIns.blocked(attempt.username(), mechanism, attempt.origin(),
                        attempt.limiter().blockedFor(attempt.key()).orElse(Duration.ZERO));
            }
        } else if (attempt.kind() != Kind.BEARER && authenticated(exchange)) {
            attempt.limiter().succeeded(attempt.key());
        }
    }

    private static boolean authenticated(HttpServerExchange exchange) {
        SecurityContext security = exchange.getSecurityContext();
        return security != null && security.isAuthenticated();
    }

    private static void refuse(HttpServerExchange exchange, Kind kind, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        exchange.setStatusCode(429);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, seconds);
        if (kind == Kind.FORM) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
            exchange.getResponseSender().send(page(seconds), StandardCharsets.UTF_8);
        } else {
            String message = (kind == Kind.BEARER
                    ? "Too many requests with a wrong API token came from your address"
                    : "Too many failed sign-ins for this user came from your address")
                    + "; try again in " + seconds + " seconds";
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            // The OCI API (oras://) answers every error in the form of its specification
            var body = OciCredentialsHandler.isOciRequest(exchange)
                    ? Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("code", "TOOMANYREQUESTS").add("message", message)))
                    : Json.createObjectBuilder()
                            .add("error", Json.createObjectBuilder().add("code", 429).add("message", message));
            exchange.getResponseSender().send(body.build().toString(), StandardCharsets.UTF_8);
        }
    }

    /** A bare page for the browser that posted the sign-in form: the layout's resources are not worth a dispatch. */
    private static String page(long seconds) {
        ResourceBundle messages = ResourceBundle.getBundle("messages", Locale.ENGLISH,
                SignInLimitHandler.class.getClassLoader());
        String text = MessageFormat.format(messages.getString("login.tooManyFailures"), (seconds + 59) / 60);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + messages.getString("login.title") + "</title></head><body><p role=\"alert\">" + text
                + "</p><p><a href=\"login.xhtml\">" + messages.getString("login.title") + "</a></p></body></html>";
    }

    private static String passwordKey(String address, String username) {
        return address + " " + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /** The user name of HTTP basic credentials; never the password, which this class has no use for. */
    private static String basicUsername(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
