package org.sifregistry.user.web;

import java.io.IOException;
import java.lang.System.Logger.Level;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
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
import org.sifregistry.user.domain.RobotName;

/**
 * Records each web sign-in once, on the first request of the signed-in session: the container signs people in,
 * so this is where the registry learns of them (their account, their name and email from LDAP or the OpenID
 * provider, their last sign-in). Requests without a session,
 * such as scripts with HTTP basic or tokens, are not sign-ins and write nothing.
 * <p>
 * It also refuses a sign-in without any of the registry's roles, which an OpenID provider lets through (its realm
 * roles are whatever the provider gives; the LDAP realm refuses such accounts itself), and one under a robot's name
 * ({@code RobotName}), which only a team's API token may act as: the session ends and the
 * answer is 403. The first page after the provider is often a protected one that the container already answers
 * 403, so this also runs for error pages.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
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
            Caller caller = new Caller(username, Role.held(request::isUserInRole));
            if (caller.roles().isEmpty() || RobotName.isRobot(username)) {
                refuse(request, response, chain, session);
                return;
            }
            if (!username.equals(session.getAttribute(RECORDED))) {
                record(caller, SignInProfile.of(request), session);
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                        HttpSession session) throws IOException, ServletException {
        users.signInRefused(request.getUserPrincipal().getName());
        // With Keycloak this also ends the provider's session (WildFly's OIDC client posts the refresh token to it)
        request.logout();
        session.invalidate();
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
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
