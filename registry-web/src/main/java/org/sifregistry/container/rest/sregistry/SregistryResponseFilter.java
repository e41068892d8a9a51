package org.sifregistry.container.rest.sregistry;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.common.rest.ApiError;
import org.sifregistry.container.rest.sregistry.SregistryModels.Refusal;
import org.sifregistry.user.domain.SregistryAuthorization;

/**
 * The errors the registry's shared mappers answered on the sregistry endpoints (unreadable input, a refusal from a
 * service, a failure of ours) take the form its client prints, {@code {"detail": "..."}}, with their status and
 * message kept; the rest of the API keeps its own envelope.
 */
@Provider
@SregistryApi
public class SregistryResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ApiError error) {
            response.setEntity(new Refusal(error.error().message()), response.getEntityAnnotations(),
                    MediaType.APPLICATION_JSON_TYPE);
            if (response.getStatus() == 401) {
                // The shared mapper names the bearer scheme; this client signs, it sends no token
                response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, SregistryAuthorization.SCHEME);
            }
        }
    }
}
