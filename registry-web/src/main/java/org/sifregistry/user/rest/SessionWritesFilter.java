package org.sifregistry.user.rest;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.common.rest.ApiError;

/**
 * Refuses API changes that only the web session signs: a browser sends the session cookie with any request, also
 * with a form another site makes it post, but it never adds an Authorization header on another site's behalf. So a
 * change must bring its own credentials, an API token, HTTP basic or a sregistry signature; reading stays open to the
 * session. Before matching, so that such a request is refused as such and not for its content type.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class SessionWritesFilter implements ContainerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (READ_METHODS.contains(request.getMethod()) || hasCredentials(request)
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        request.abortWith(ApiError.response(Response.Status.FORBIDDEN,
                "Changes through the API need an Authorization header (an API token or HTTP basic); a signed-in "
                        + "browser session alone is not accepted, so that other sites cannot act in your name"));
    }

    private static boolean hasCredentials(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return false;
        }
        String scheme = header.toLowerCase(Locale.ROOT);
        return scheme.startsWith("bearer ") || scheme.startsWith("basic ")
                || scheme.startsWith("sregistry-hmac-sha256 ");
    }
}
