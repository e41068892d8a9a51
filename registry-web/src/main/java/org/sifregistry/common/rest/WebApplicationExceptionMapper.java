package org.sifregistry.common.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.common.UserText;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body) in the same error envelope. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    // RESTEasy's words for a parameter it could not convert: "... jakarta.ws.rs.QueryParam("expires") value is '...'"
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"([^\"]*)\"\\)");

    @Override
    public Response toResponse(WebApplicationException e) {
        Optional<String> badParameter = unreadableQueryParameter(e);
        if (badParameter.isPresent()) {
            return ApiError.response(Response.Status.BAD_REQUEST, "The query parameter '" + badParameter.get()
                    + "' has a value of the wrong kind (a number where one is expected)");
        }
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

    /**
     * JAX-RS answers a query parameter it cannot convert ({@code ?expires=soon}) with 404, as if the address did not
     * exist; the client is better told which parameter is wrong.
     */
    private static Optional<String> unreadableQueryParameter(WebApplicationException e) {
        if (!(e instanceof NotFoundException) || e.getCause() == null || e.getMessage() == null) {
            return Optional.empty();
        }
        Matcher parameter = QUERY_PARAMETER.matcher(e.getMessage());
        return parameter.find() ? Optional.of(parameter.group(1)) : Optional.empty();
    }

    /** The JSON parser's own words say best what is wrong with a body; they may quote it, so they are cut short. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "it cannot be read" : UserText.abbreviated(root.getMessage());
    }
}
