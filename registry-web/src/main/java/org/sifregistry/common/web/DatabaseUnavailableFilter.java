package org.sifregistry.common.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sifregistry.common.DatabaseFull;
import org.sifregistry.common.DatabaseUnavailable;
import org.sifregistry.common.http.WebDavStatus;

/**
 * A page that fails because the database does not answer is a moment's outage, not a fault: 503 with
 * {@code Retry-After} and web.xml's static page for it (a Faces page would ask the database again), where it would
 * have been the 500 page. One that fails because the database has no room to write gets 507 and its static page.
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            Optional<SQLException> lostDatabase = DatabaseUnavailable.in(failure);
            Optional<SQLException> fullDatabase = DatabaseFull.in(failure);
            if (lostDatabase.isPresent()) {
                DatabaseUnavailable.logAnswered(lostDatabase.get());
                response.resetBuffer();
                response.setIntHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else if (fullDatabase.isPresent()) {
                DatabaseFull.logAnswered(fullDatabase.get());
                response.resetBuffer();
                response.sendError(WebDavStatus.INSUFFICIENT_STORAGE);
            } else {
                throw failure;
            }
        }
    }
}
