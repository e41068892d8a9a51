package org.sifregistry.user.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.sifregistry.common.Caller;

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

    public String signOut() throws ServletException {
        request.logout();
        externalContext.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }
}
