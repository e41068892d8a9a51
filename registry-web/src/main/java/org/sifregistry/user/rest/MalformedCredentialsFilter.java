package org.sifregistry.user.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.common.rest.ApiError;

/**
 * Answers HTTP basic credentials that are not base64. The container's BASIC mechanism would fail on them with a 500,
 * so WEB-INF/undertow-handlers.conf takes such a header away before sign-in and marks the request with
 * {@value #MARKER}; here the API says what is wrong.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 1)
public class MalformedCredentialsFilter implements ContainerRequestFilter {

    static final String MARKER = "X-Registry-Malformed-Credentials";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(MARKER) != null) {
            request.abortWith(ApiError.response(401, "The Authorization header's Basic credentials are not "
                            + "base64 of username:password")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"registry\"")
                    .build());
        }
    }
}
