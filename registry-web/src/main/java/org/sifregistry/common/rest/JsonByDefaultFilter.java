package org.sifregistry.common.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The Apptainer library client sends its JSON bodies without a Content-Type; reading an untyped body as JSON lets
 * them reach the resources. Image uploads take any type, so they are unaffected.
 */
@Provider
@PreMatching
public class JsonByDefaultFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        boolean sendsBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
        if (sendsBody && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
