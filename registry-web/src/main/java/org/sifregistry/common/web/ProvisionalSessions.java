package org.sifregistry.common.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A new session lives for {@link #PROVISIONAL} until its client comes back with the cookie, and then for web.xml's
 * session-timeout. Every page with a form keeps its view in a session, so each page view of a client that keeps no
 * cookies (a crawler, a script, a link checker) makes a session of its own: held for the whole timeout, they grew
 * the heap by 110 MiB in bench/soak.sh's 30 minutes. A browser sends the cookie back with the page's styles and
 * scripts or its next click, and from then on the session is an ordinary one.
 */
@WebListener
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ProvisionalSessions extends HttpFilter implements HttpSessionListener {

    private static final long serialVersionUID = 1L;
    /** Long enough to read a page before the first click on it, when the browser had its styles and scripts cached. */
    static final Duration PROVISIONAL = Duration.ofMinutes(10);

    private int configuredSeconds;

    @Override
    public void init() {
        configuredSeconds = (int) Duration.ofMinutes(getServletContext().getSessionTimeout()).toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) PROVISIONAL.toSeconds());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !session.isNew()) {
            // Only once per session: on a cluster every change to the session is copied to another node
            if (session.getMaxInactiveInterval() != configuredSeconds) {
                session.setMaxInactiveInterval(configuredSeconds);
            }
        }
        chain.doFilter(request, response);
    }
}
