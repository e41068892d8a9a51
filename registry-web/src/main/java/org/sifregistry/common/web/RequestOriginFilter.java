package org.sifregistry.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sifregistry.common.RequestOrigin;

/**
 * Tells the services where each request comes from, for the audit trail: the client's address (behind a proxy that
 * WildFly is told to trust, the one it forwarded) and its User-Agent.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (RequestOrigin.Scope ignored = new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent"))
                .enter()) {
            chain.doFilter(request, response);
        }
    }
}
