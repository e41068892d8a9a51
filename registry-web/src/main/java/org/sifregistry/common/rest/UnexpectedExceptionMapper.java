package org.sifregistry.common.rest;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.common.DatabaseFull;
import org.sifregistry.common.DatabaseUnavailable;
import org.sifregistry.common.RegistryException;
import org.sifregistry.common.UserText;
import org.sifregistry.common.http.WebDavStatus;

/**
 * Everything else. A body the JSON binding cannot read is the client's mistake (400); the database not answering is
 * a moment's outage (503, try again); the database out of disk space refuses the write (507, as a full image store
 * does); anything left is ours: the client gets a 500 with an id to quote, and the log gets the stack trace under
 * that id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final String DATABASE_UNAVAILABLE = "The registry's database is not answering for the moment; "
            + "nothing was changed. Try again in a minute";
    private static final String DATABASE_FULL = "The registry's database has no room left on its disk: nothing was "
            + "changed. Its administrators must give it more space";

    @Override
    public Response toResponse(Throwable e) {
        // A service called through its EJB proxy may hand a registry error over wrapped
        if (e instanceof EJBException && e.getCause() instanceof RegistryException registryError) {
            return new RegistryExceptionMapper().toResponse(registryError);
        }
        if (e instanceof ProcessingException) {
            return ApiError.response(Response.Status.BAD_REQUEST,
                    "The request body cannot be read: " + UserText.abbreviated(String.valueOf(e.getMessage())));
        }
        Optional<SQLException> lostDatabase = DatabaseUnavailable.in(e);
        if (lostDatabase.isPresent()) {
            DatabaseUnavailable.logAnswered(lostDatabase.get());
            return ApiError.response(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), DATABASE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        Optional<SQLException> fullDatabase = DatabaseFull.in(e);
        if (fullDatabase.isPresent()) {
            DatabaseFull.logAnswered(fullDatabase.get());
            return ApiError.response(WebDavStatus.INSUFFICIENT_STORAGE, DATABASE_FULL).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Request failed, incident " + incident, e);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The registry failed to answer; quote incident " + incident + " to its administrators");
    }
}
