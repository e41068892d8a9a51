package org.sifregistry.container.rest.oci;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.common.rest.ApiError;

/**
 * Every answer of the OCI API names the API version, and the errors the registry's shared mappers answered there
 * (unreadable input, a refusal from a service, a failure of ours) take the OCI form, with their message kept; the
 * rest of the API keeps its own envelope.
 */
@Provider
@OciApi
public class OciResponseFilter implements ContainerResponseFilter {

    static final String API_VERSION = "Docker-Distribution-API-Version";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(API_VERSION, "registry/2.0");
        if (response.getEntity() instanceof ApiError error) {
            response.setEntity(OciErrors.of(OciError.forStatus(response.getStatus(),
                            request.getUriInfo().getPath()), error.error().message(), null),
                    response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
