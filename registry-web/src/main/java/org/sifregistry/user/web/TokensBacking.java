package org.sifregistry.user.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.RegistryException;
import org.sifregistry.user.application.ApiTokenService;
import org.sifregistry.user.domain.ApiToken;
import org.sifregistry.user.domain.TokenScope;

/** The account page's API tokens: make one (its secret shown in the answer, once), list and revoke them. */
@Named
@RequestScoped
public class TokensBacking {

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    private String name;
    private TokenScope scope = TokenScope.PULL;
    private Integer validDays = 90;
    private String newSecret;

    public List<ApiToken> getTokens() {
        return tokens.page(new PageRequest(0, PageRequest.MAX_LIMIT), caller).items();
    }

    public void create() {
        Instant expiresAt = validDays == null ? null : clock.instant().plus(Duration.ofDays(validDays));
        try {
            newSecret = tokens.create(name, scope, expiresAt, caller).secret();
            name = null;
        } catch (RegistryException refused) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    public void revoke(long id) {
        tokens.revoke(id, caller);
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public String getNewSecret() {
        return newSecret;
    }
}
