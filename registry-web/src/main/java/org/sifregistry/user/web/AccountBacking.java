package org.sifregistry.user.web;

import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.sifregistry.common.Caller;
import org.sifregistry.common.Role;

/** The signed-in user in the layout, and signing out. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    private Caller caller;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ExternalContext externalContext;

    public Caller getCaller() {
        return caller;
    }

    /** The caller's roles as the realms name them: "user, admin". */
    public String getRoleNames() {
        return caller.roles().stream().sorted().map(Role::roleName).collect(Collectors.joining(", "));
    }

    public String signOut() throws ServletException {
        request.logout();
        externalContext.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }
}
