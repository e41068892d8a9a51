package org.sifregistry.user.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.sifregistry.user.application.TokenHolder;

/** The API token the current request was authenticated with, if any; set by the API's bearer-token filter. */
@RequestScoped
public class TokenAuthentication {

    private TokenHolder holder;

    public Optional<TokenHolder> holder() {
        return Optional.ofNullable(holder);
    }

    public void authenticated(TokenHolder holder) {
        this.holder = holder;
    }
}
