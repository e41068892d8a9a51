package org.sifregistry.user.http;

import java.time.Instant;
import java.util.Optional;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;

import org.sifregistry.user.application.TokenHolder;

/**
 * What the handlers around the servlet chain may know of the API token a request was answered for: that one was
 * verified, and until when it stays valid, so that an answer kept for the token never outlives it. A request with a
 * token that no one verified (refused, or on a path that does not take tokens) carries nothing.
 */
public final class TokenAnswers {

    private static final AttachmentKey<Instant> VALID_UNTIL = AttachmentKey.create(Instant.class);

    private TokenAnswers() {
    }

    /** Called where the token is verified, on the request's own thread. */
    public static void verified(TokenHolder holder) {
        ServletRequestContext current = ServletRequestContext.current();
        if (current != null) {
            current.getExchange().putAttachment(VALID_UNTIL,
                    holder.validUntil() == null ? Instant.MAX : holder.validUntil());
        }
    }

    /** Until when an answer given for the request's token may be kept; empty when no token was verified. */
    public static Optional<Instant> validUntil(HttpServerExchange exchange) {
        return Optional.ofNullable(exchange.getAttachment(VALID_UNTIL));
    }
}
