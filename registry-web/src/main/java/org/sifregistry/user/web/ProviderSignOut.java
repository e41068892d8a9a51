package org.sifregistry.user.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriBuilder;

import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Where the browser goes to end the OpenID provider's session as well when someone who signed in there signs out
 * (OpenID Connect RP-initiated logout): the provider's {@code end_session_endpoint}, with the ID token as
 * {@code id_token_hint}, so that the provider signs them out without asking, and {@code post_logout_redirect_uri}
 * the registry's home page, which the client's settings at the provider must allow. WildFly 39's
 * elytron-oidc-client has no setting for it; its own sign-out ({@code request.logout()}) posts the refresh token to
 * that endpoint from the server instead, which is Keycloak's own way, not OpenID Connect's: other providers refuse it,
 * and it leaves the provider's cookies in the browser. Nothing for local and LDAP accounts.
 */
final class ProviderSignOut {

    private ProviderSignOut() {
    }

    /** Read before the container signs the request out, which forgets the tokens. */
    static Optional<URI> of(HttpServletRequest request, URI home) {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> oidc)
                || !(oidc.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context)
                || context.getOidcClientConfiguration() == null) {
            return Optional.empty();
        }
        OidcClientConfiguration client = context.getOidcClientConfiguration();
        String endSession = client.getLogoutUrl();
        if (endSession == null || context.getIDTokenString() == null) {
            return Optional.empty();
        }
        return Optional.of(UriBuilder.fromUri(endSession)
                .queryParam("id_token_hint", context.getIDTokenString())
                .queryParam("client_id", client.getClientId())
                .queryParam("post_logout_redirect_uri", home)
                .build());
    }
}
