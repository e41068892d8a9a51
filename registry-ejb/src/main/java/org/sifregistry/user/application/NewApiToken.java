package org.sifregistry.user.application;

import org.sifregistry.user.domain.ApiToken;

/** A token just made: the secret is here once and nowhere else, since only its hash is stored. */
public record NewApiToken(String secret, ApiToken token) {
}
