package org.sifregistry.container.rest.oci;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The OCI API's refusals in the specification's form. */
@Provider
public class OciExceptionMapper implements ExceptionMapper<OciException> {

    @Override
    public Response toResponse(OciException e) {
        Response.ResponseBuilder answer = OciErrors.response(e.status(), e.code(), e.getMessage(), e.detail());
        e.headers().forEach(answer::header);
        return answer.build();
    }
}
