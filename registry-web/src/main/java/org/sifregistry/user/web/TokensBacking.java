package org.sifregistry.user.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.web.PageMessages;
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
    private PageMessages messages;

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
        messages.attempt(() -> tokens.create(name, scope, expiresAt, caller)).ifPresent(created -> {
            newSecret = created.secret();
            name = null;
        });
    }

    public void revoke(long id) {
        messages.attempt(() -> tokens.revoke(id, caller));
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
