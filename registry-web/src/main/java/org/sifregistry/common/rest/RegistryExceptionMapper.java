package org.sifregistry.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.GoneException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.RegistryException;
import org.sifregistry.common.http.WebDavStatus;
import org.sifregistry.quota.domain.QuotaExceededException;
import org.sifregistry.storage.ImageTooLargeException;
import org.sifregistry.storage.RangeNotSatisfiableException;
import org.sifregistry.storage.StoreFullException;

/** The registry's own errors as HTTP statuses, with the message written for the user. */
@Provider
public class RegistryExceptionMapper implements ExceptionMapper<RegistryException> {

    @Override
    public Response toResponse(RegistryException e) {
        if (e instanceof RangeNotSatisfiableException range) {
            return ApiError.response(416, e.getMessage())
                    .header("Content-Range", "bytes */" + range.total())
                    .build();
        }
        if (e instanceof NotSignedInException) {
            return ApiError.response(401, e.getMessage())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"registry\"")
                    .build();
        }
        return ApiError.response(status(e), e.getMessage()).build();
    }

    private static int status(RegistryException e) {
        if (e instanceof ImageTooLargeException || e instanceof QuotaExceededException) {
            return 413;
        }
        if (e instanceof StoreFullException) {
            return WebDavStatus.INSUFFICIENT_STORAGE;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof GoneException) {
            return 410;
        }
        return 400;
    }
}
