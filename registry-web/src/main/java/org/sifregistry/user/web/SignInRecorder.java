package org.sifregistry.user.web;

import java.io.IOException;
import java.lang.System.Logger.Level;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.sifregistry.common.Caller;
import org.sifregistry.common.Role;
import org.sifregistry.user.application.UserService;

/**
 * Records each web sign-in once, on the first request of the signed-in session: the container signs people in,
 * so this is where the registry learns of them (their account, their name and email from LDAP or the OpenID
 * provider, their last sign-in). Requests without a session,
 * such as scripts with HTTP basic or tokens, are not sign-ins and write nothing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignInRecorder extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Holds the name of the user whose sign-in this session recorded. */
    private static final String RECORDED = SignInRecorder.class.getName() + ".user";
    private static final System.Logger LOG = System.getLogger(SignInRecorder.class.getName());

    @Inject
    private UserService users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            String username = request.getUserPrincipal().getName();
            if (!username.equals(session.getAttribute(RECORDED))) {
                record(new Caller(username, Role.held(request::isUserInRole)), SignInProfile.of(request), session);
            }
        }
        chain.doFilter(request, response);
    }

    private void record(Caller caller, SignInProfile profile, HttpSession session) {
        String username = caller.username();
        try {
            users.signedIn(caller, profile.displayName(), profile.email());
            session.setAttribute(RECORDED, username);
        } catch (EJBException e) {
            // Two first requests of a new user may race to make the account; the page must not fail for that, and
            // the next request records the sign-in.
            LOG.log(Level.WARNING, "Could not record the sign-in of " + username, e);
        }
    }
}
