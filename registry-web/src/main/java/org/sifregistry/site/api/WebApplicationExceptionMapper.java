package org.sifregistry.site.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body) in the same error envelope. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder answer = ApiError.response(status, message(status, e));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    private static String message(int status, WebApplicationException e) {
        return switch (status) {
            case 400 -> "The request is malformed: " + rootMessage(e);
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not answer that HTTP method";
            case 406 -> "This address answers only JSON or image bytes";
            case 415 -> "Send the body as application/json";
            default -> e.getMessage();
        };
    }

    /** The JSON parser's own words say best what is wrong with a body. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "it cannot be read" : root.getMessage();
    }
}
