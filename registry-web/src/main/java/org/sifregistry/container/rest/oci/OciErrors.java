package org.sifregistry.container.rest.oci;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every OCI error answer: {@code {"errors":[{"code":"NAME_UNKNOWN","message":"...","detail":...}]}}. */
public record OciErrors(List<Entry> errors) {

    /** {@code detail} is left out when null. */
    public record Entry(String code, String message, Object detail) {
    }

    static OciErrors of(OciError code, String message, Object detail) {
        return new OciErrors(List.of(new Entry(code.name(), message, detail)));
    }

    static Response.ResponseBuilder response(int status, OciError code, String message, Object detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(of(code, message, detail));
    }
}
