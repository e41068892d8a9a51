package org.sifregistry.user.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.Secrets;
import org.sifregistry.user.domain.ApiToken;
import org.sifregistry.user.domain.ApiTokenRepository;
import org.sifregistry.user.domain.TokenName;
import org.sifregistry.user.domain.TokenScope;
import org.sifregistry.user.domain.UserRepository;

/**
 * API tokens for the command-line clients: a signed-in user makes, lists and revokes their own; a client presents
 * one as {@code Authorization: Bearer <secret>} and acts as that user, within the token's scope.
 */
@Stateless
public class ApiTokenService {

    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** Marks a registry token in logs and secret scanners; the randomness is all in the rest. */
    static final String PREFIX = "sifr_";
    // Recording every use would write on every pull; a minute's precision is plenty to spot unused tokens.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private UserRepository users;

    @Inject
    private UserService userService;

    @Inject
    private Clock clock;

    /** Makes a token for the caller; {@code expiresAt} may be null for none, else within {@link #MAX_LIFETIME}. */
    public NewApiToken create(String name, TokenScope scope, Instant expiresAt, Caller caller) {
        String username = caller.requireSignedIn();
        TokenName tokenName = new TokenName(name);
        if (scope == null) {
            throw new InvalidInputException("scope", ErrorKey.TOKEN_SCOPE_REQUIRED);
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInputException("expiresAt", ErrorKey.TOKEN_EXPIRY_PAST);
        }
        if (expiresAt != null && expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("expiresAt", ErrorKey.TOKEN_LIFETIME, MAX_LIFETIME.toDays());
        }
        String secret = PREFIX + Secrets.newToken();
        ApiToken token = new ApiToken(users.getOrCreate(username), tokenName, Secrets.sha256Hex(secret), scope,
                expiresAt, now);
        tokens.add(token);
        return new NewApiToken(secret, token);
    }

    public Page<ApiToken> page(PageRequest page, Caller caller) {
        String username = caller.requireSignedIn();
        return new Page<>(tokens.ofOwner(username, page), tokens.countOfOwner(username));
    }

    /** Revokes one of the caller's tokens (an admin may revoke anyone's); revoking twice changes nothing. */
    public ApiToken revoke(long id, Caller caller) {
        String username = caller.requireSignedIn();
        ApiToken token = tokens.find(id).orElseThrow(() -> new NotFoundException(ErrorKey.TOKEN_NOT_FOUND, id));
        if (!token.owner().username().equals(username) && !caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.TOKEN_REVOKE_DENIED);
        }
        token.revoke(clock.instant());
        return token;
    }

    /**
     * The holder of a live token, with its owner's roles from their last sign-in and those granted in the registry
     * (the container cannot be asked without a sign-in); empty for an unknown, expired or revoked secret.
     */
    public Optional<TokenHolder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findBySecretHash(Secrets.sha256Hex(secret))
                .filter(token -> token.isUsableAt(now))
                .map(token -> {
                    if (token.lastUsed() == null || token.lastUsed().isBefore(now.minus(LAST_USED_PRECISION))) {
                        token.usedAt(now);
                    }
                    String username = token.owner().username();
                    return new TokenHolder(Caller.user(username).withRoles(userService.tokenRoles(username)),
                            token.scope());
                });
    }
}
