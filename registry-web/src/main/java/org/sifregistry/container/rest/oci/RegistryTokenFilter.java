package org.sifregistry.container.rest.oci;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.sifregistry.user.application.TokenHolder;
import org.sifregistry.user.application.VerifiedTokens;
import org.sifregistry.user.domain.TokenScope;
import org.sifregistry.user.web.TokenAuthentication;

/**
 * Authenticates OCI requests that carry {@code Authorization: Bearer <token from /v2/token>}, before the API's
 * {@code BearerTokenFilter}, which then leaves the request alone; API tokens ({@code sifr_...}) pass on to it. A
 * forged or expired token, or one issued on an API token since revoked, is answered 401 {@code invalid_token} with
 * the challenge, so the client gets a new one. Checking one reads the database at most once per committed write.
 * On {@code /v2/token} it also takes API tokens, which the API's filter would refuse a {@code POST} to.
 */
@Provider
@OciApi
@Priority(Priorities.AUTHENTICATION - 100)
public class RegistryTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "bearer ";

    @Inject
    private RegistryTokens tokens;

    @Inject
    private OciAccess access;

    @Inject
    private TokenAuthentication authentication;

    @Inject
    private VerifiedTokens apiTokens;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return;
        }
        String credential = header.substring(SCHEME.length()).strip();
        if (!RegistryTokens.isRegistryToken(credential)) {
            if (OciTokenResource.class.equals(resource.getResourceClass())) {
                // Asking for a token only reads, whatever the method: Apptainer 1.0-1.2 POSTs the OAuth2 form, and
                // the API's filter would refuse a pull token that POSTs
                authentication.authenticated(apiTokens.authenticate(credential)
                        .orElseThrow(() -> access.challenge(null, "invalid_token")));
            }
            return;
        }
        // Issued on an API token, it ends with it: checked in memory, like the API token itself (VerifiedTokens)
        RegistryToken token = tokens.verify(credential)
                .filter(verified -> verified.apiToken() == null || apiTokens.isLive(verified.apiToken()))
                .orElseThrow(() -> access.challenge(null, "invalid_token"));
        access.presented(token);
        // What the token lets do per repository is checked by OciAccess; as an API token it may do both
        authentication.authenticated(new TokenHolder(token.caller(), TokenScope.PUSH, token.apiToken(),
                token.expires()));
    }
}
