package org.sifregistry.common.web;

import java.io.IOException;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Faces error pages answer at their own addresses only the postbacks of their forms, such as the sign-out form
 * they show a signed-in user (a form posts back to its page's address, which is why they are not under WEB-INF).
 * Asked for directly, an error page would answer 200 with an error's text: it answers 404 instead.
 */
@WebFilter(urlPatterns = "/errors/*", dispatcherTypes = DispatcherType.REQUEST)
public class ErrorPageAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }
}
