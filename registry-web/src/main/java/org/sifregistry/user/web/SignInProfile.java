package org.sifregistry.user.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The name and email the container learned when it signed the user in: the OpenID provider's {@code name} and
 * {@code email} claims, or the identity attributes {@code name} and {@code email}, which security.cli maps from LDAP
 * (LDAP_NAME_ATTRIBUTE, LDAP_EMAIL_ATTRIBUTE). Local accounts have neither; both are then null.
 */
record SignInProfile(String displayName, String email) {

    private static final SignInProfile NONE = new SignInProfile(null, null);

    static SignInProfile of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc) {
            IDToken token = oidc.getOidcSecurityContext().getIDToken();
            return token == null ? NONE : new SignInProfile(token.getName(), token.getEmail());
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return NONE;
        }
        SecurityIdentity identity = domain.getCurrentSecurityIdentity();
        Attributes attributes = identity.getAttributes();
        return new SignInProfile(first(attributes, "name"), first(attributes, "email"));
    }

    private static String first(Attributes attributes, String key) {
        List<String> values = attributes.get(key);
        return values.isEmpty() ? null : values.get(0);
    }
}
