package org.sifregistry.user.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.sifregistry.common.Caller;
import org.sifregistry.common.Role;

/** The caller of the current request: the holder of its API token, or whom the container signed in. */
@RequestScoped
public class CallerProducer {

    @Inject
    private HttpServletRequest request;

    @Inject
    private TokenAuthentication token;

    @Produces
    public Caller caller() {
        if (token.holder().isPresent()) {
            return token.holder().get().caller();
        }
        if (request.getUserPrincipal() == null) {
            return Caller.anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return new Caller(request.getUserPrincipal().getName(), roles);
    }
}
