package org.sifregistry.common.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sifregistry.common.Caller;
import org.sifregistry.user.web.CallerProducer;

/**
 * Admits only admins to the admin pages, judged by the {@link Caller}: the container's admin role or one an admin
 * granted in the registry, the same rule the services apply. web.xml only makes the pages need a sign-in, since the
 * container knows nothing of granted roles. Others get the 403 page.
 */
@WebFilter(urlPatterns = "/admin/*")
public class AdminPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    // A request-scoped proxy: this filter lives as long as the application.
    @Inject
    private CallerProducer callers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (callers.caller().isAdmin()) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
