package org.sifregistry.user.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
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
 * used up its failures, answers 429 with Retry-After without checking those credentials at all. It wraps the whole
 * servlet chain, outside the container's authentication, because that is where the failures happen and where no
 * servlet filter looks: a FORM sign-in at j_security_check, HTTP basic answered 401, and a bearer token the API's
 * {@code BearerTokenFilter} refuses (its 401 says {@code error="invalid_token"}).
 * <p>
 * Passwords count per client address and user name: a shared address (an HPC login node, a campus NAT) must not let
 * one person's typos lock out everyone behind it, and one account's password still gets only a few guesses per
 * window. A correct password forgives that user's earlier failures.
 * <p>
 * Tokens count per address and token (its sha256, never the token): a broken job that sends a stale token again and
 * again is refused that token after the password limit, while every valid token from the same address (the NAT of a
 * compute cluster) goes on working, since only what failed is ever refused. Per address alone they count against a
 * limit of their own, the flood limit: an address past it (many made-up tokens) gets one try per token, each one
 * looked up once and refused from then on, and the audit trail hears of it. A valid token is never refused for
 * other tokens' failures. Successful requests never count.
 * <p>
 * Elytron itself locks an account (15 minutes) after 10 failed passwords in a row from anywhere. The default limit
 * for passwords (5) stays below that, so that one client alone can never lock someone else out of their account.
 * The default flood limit is far higher (1000): a token has 256 random bits, so it is not guessed, and everyone
 * behind one address shares that count.
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

        String address() {
            return origin.clientAddress();
        }
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
    private final SignInLimiter floods;
    private final FailedSignIns failedSignIns;

    /**
     * @param passwords per address and user name
     * @param tokens    per address and token
     * @param floods    wrong tokens per address
     */
    public SignInLimitHandler(HttpHandler next, SignInLimiter passwords, SignInLimiter tokens, SignInLimiter floods,
                              FailedSignIns failedSignIns) {
        this.next = next;
        this.passwords = passwords;
        this.tokens = tokens;
        this.floods = floods;
        this.failedSignIns = failedSignIns;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Attempt attempt = attempt(exchange);
        if (attempt == null) {
            next.handleRequest(exchange);
            return;
        }
        Optional<Duration> blocked = attempt.limiter().blockedFor(attempt.key());
        if (blocked.isEmpty() && attempt.kind() == Kind.BEARER && floods.blockedFor(attempt.address()).isPresent()) {
            blocked = tokens.failedWithin(attempt.key());
        }
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
            return new Attempt(Kind.BEARER, tokenKey(address, authorization.substring(7).strip()), tokens, null,
                    origin);
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
            } else if (floods.failed(attempt.address())) {
                failedSignIns.blocked(null, mechanism, attempt.origin(),
                        floods.blockedFor(attempt.address()).orElse(Duration.ZERO));
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
                    ? "Too many requests with this wrong API token came from your address"
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

    /** The token's sha256: a map of keys must not hold tokens, wrong ones being often someone's old or mistyped. */
    private static String tokenKey(String address, String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return address + " " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
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
