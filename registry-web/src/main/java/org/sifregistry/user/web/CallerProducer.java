package org.sifregistry.user.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.sifregistry.common.Caller;
import org.sifregistry.common.Role;
import org.sifregistry.user.application.UserService;
import org.sifregistry.user.domain.RobotName;

/**
 * The caller of the current request: the holder of its API token, or whom the container signed in, with the roles
 * the container gives plus those an admin granted in the registry.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    private HttpServletRequest request;

    @Inject
    private TokenAuthentication token;

    @Inject
    private UserService users;

    // Caller is injected in many beans of one request; the granted roles are read once per request and name.
    private String grantedFor;
    private Set<Role> granted;

    @Produces
    public Caller caller() {
        if (token.holder().isPresent()) {
            return token.holder().get().caller();
        }
        // A directory that lets someone sign in under a robot's name gives them no robot's rights
        if (request.getUserPrincipal() == null || RobotName.isRobot(request.getUserPrincipal().getName())) {
            return Caller.anonymous();
        }
        String username = request.getUserPrincipal().getName();
        return new Caller(username, Role.held(request::isUserInRole)).withRoles(grantedRoles(username));
    }

    private Set<Role> grantedRoles(String username) {
        if (!username.equals(grantedFor)) {
            granted = users.grantedRoles(username);
            grantedFor = username;
        }
        return granted;
    }
}
