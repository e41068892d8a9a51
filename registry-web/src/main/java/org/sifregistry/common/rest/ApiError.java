package org.sifregistry.common.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error answer, {@code {"error":{"code":404,"message":"..."}}}: the form the Apptainer library
 * client reads and shows to its user, used by the other APIs too so that one client can read them all.
 */
public record ApiError(Detail error) {

    public record Detail(int code, String message) {
    }

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message).build();
    }

    public static Response.ResponseBuilder response(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(new Detail(status, message)));
    }
}
