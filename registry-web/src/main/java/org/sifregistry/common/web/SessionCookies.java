package org.sifregistry.common.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.sifregistry.site.application.RegistryConfig;

/**
 * The session cookie's attributes beyond web.xml's HttpOnly. SameSite=Lax keeps browsers from sending it with
 * another site's POSTs. Secure follows REGISTRY_BASE_URL rather than each request: behind a proxy that ends TLS the
 * server itself only sees plain http, and a registry served on http://localhost must keep its session.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    private RegistryConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure("https".equalsIgnoreCase(config.baseUrl().getScheme()));
    }
}
