package org.sifregistry.user.web;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriBuilder;

import org.sifregistry.common.Caller;
import org.sifregistry.common.Role;
import org.sifregistry.site.application.RegistryConfig;

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

    @Inject
    private RegistryConfig config;

    public Caller getCaller() {
        return caller;
    }

    /** The caller's roles as the realms name them: "user, admin". */
    public String getRoleNames() {
        return caller.roles().stream().sorted().map(Role::roleName).collect(Collectors.joining(", "));
    }

    /**
     * Ends the registry's session; after a single sign-on, the browser goes on to the provider to end its session
     * too, and comes back to the home page.
     */
    public String signOut() throws ServletException, IOException {
        Optional<URI> provider = ProviderSignOut.of(request, UriBuilder.fromUri(config.baseUrl()).path("/").build());
        if (provider.isPresent()) {
            // Ending the session drops the tokens. Not request.logout(): WildFly's OIDC client would then end the
            // provider's session from the server (Keycloak's refresh-token logout), and the provider would take the
            // browser's sign-out for one of a session already gone, an error in its log.
            externalContext.invalidateSession();
            externalContext.redirect(provider.get().toString());
            return null;
        }
        request.logout();
        externalContext.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }
}
