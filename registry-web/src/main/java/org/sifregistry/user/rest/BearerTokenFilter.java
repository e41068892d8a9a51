package org.sifregistry.user.rest;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.common.rest.ApiError;
import org.sifregistry.user.application.TokenHolder;
import org.sifregistry.user.application.VerifiedTokens;
import org.sifregistry.user.http.TokenAnswers;
import org.sifregistry.user.web.TokenAuthentication;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}; the scheme is matched in any case,
 * since older library clients send {@code BEARER}. A token that is unknown, expired or revoked is refused outright
 * rather than treated as anonymous, so that a client learns its token is wrong; a pull token may only read.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "bearer ";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private VerifiedTokens tokens;

    @Inject
    private TokenAuthentication authentication;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        // Already authenticated: the OCI API's own filter took a token from its /v2/token endpoint
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)
                || authentication.holder().isPresent()) {
            return;
        }
        TokenHolder holder = tokens.authenticate(header.substring(SCHEME.length()).strip()).orElse(null);
        if (holder == null) {
            request.abortWith(ApiError.response(401, "The API token is unknown, expired or revoked; "
                            + "create a new one on your account page")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"registry\", error=\"invalid_token\"")
                    .build());
            return;
        }
        if (!holder.scope().allowsPush() && !READ_METHODS.contains(request.getMethod())) {
            request.abortWith(ApiError.response(Response.Status.FORBIDDEN,
                    "This API token may only pull; create a push token to push or change images"));
            return;
        }
        authentication.authenticated(holder);
        TokenAnswers.verified(holder);
    }
}
