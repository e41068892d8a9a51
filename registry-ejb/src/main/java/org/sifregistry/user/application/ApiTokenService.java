package org.sifregistry.user.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.Secrets;
import org.sifregistry.user.domain.ApiToken;
import org.sifregistry.site.application.SigningKey;
import org.sifregistry.user.domain.ApiTokenRepository;
import org.sifregistry.user.domain.SregistryAuthorization;
import org.sifregistry.user.domain.TokenName;
import org.sifregistry.user.domain.TokenScope;
import org.sifregistry.user.domain.UserRepository;

/**
 * API tokens for the command-line clients: a signed-in user makes, lists and revokes their own; a client presents
 * one as {@code Authorization: Bearer <secret>} and acts as that user, within the token's scope
 * ({@link VerifiedTokens} keeps what {@link #verify} read), or (the sregistry client) signs its pushes with it.
 */
@Stateless
public class ApiTokenService {

    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** Marks a registry token in logs and secret scanners; the randomness is all in the rest. */
    static final String PREFIX = "sifr_";
    /** Labels what the signing key signs when it derives a token's secret, apart from its other uses. */
    private static final String DERIVATION = "api-token\n";
    /**
     * How many of a user's tokens a sregistry signature is checked against (two HMACs each): people keep a handful;
     * one with more than this signs with one of their newest.
     */
    private static final int MAX_SIGNING_TOKENS = 100;

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private UserRepository users;

    @Inject
    private SigningKey signingKey;

    @Inject
    private Clock clock;

    @Inject
    private Audit audit;

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
        String salt = Secrets.newToken();
        String secret = secretOf(salt);
        ApiToken token = new ApiToken(users.getOrCreate(username), tokenName, Secrets.sha256Hex(secret), salt, scope,
                expiresAt, now);
        tokens.add(token);
        audit.record(AuditAction.TOKEN_CREATED, caller, tokenName.value(), null, scope.name().toLowerCase(Locale.ROOT)
                + (expiresAt == null ? ", no expiry" : ", expires " + expiresAt));
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
        audit.record(AuditAction.TOKEN_REVOKED, caller, token.name(), null, "of " + token.owner().username());
        return token;
    }

    /** Whether a secret has the form of an API token (it may still be unknown, expired or revoked). */
    static boolean isApiToken(String secret) {
        return secret != null && secret.startsWith(PREFIX);
    }

    /**
     * The live token with this secret hash, with its owner and their roles, in one query; empty for an unknown,
     * expired or revoked one. Read outside any transaction: on MariaDB a commit is one more round trip, for nothing.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VerifiedToken> verify(String secretHash) {
        return live(tokens.findBySecretHash(secretHash));
    }

    /** As {@link #verify(String)}, by the token's id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VerifiedToken> verify(long id) {
        return live(tokens.findWithHolder(id));
    }

    private Optional<VerifiedToken> live(Optional<ApiToken> token) {
        Instant now = clock.instant();
        return token.filter(t -> t.isUsableAt(now)).map(VerifiedToken::of);
    }

    /** Records that the token was used now, unless a use within the last minute is recorded; audits its first use. */
    public void recordUse(long id) {
        Instant now = clock.instant();
        if (tokens.recordFirstUse(id, now)) {
            tokens.findWithHolder(id).ifPresent(this::auditFirstUse);
        } else {
            tokens.recordUse(id, now, VerifiedToken.since(now));
        }
    }

    /**
     * The holder of the token that signed a request of the sregistry client, whose HMAC is keyed with the token's
     * secret: it is rebuilt for each of the user's live tokens made with a salt, and every one is checked, so that
     * the time taken does not tell which matched. Only push tokens may sign, since the client signs only pushes.
     *
     * @throws NotSignedInException  if the signature is not of this or the last hour, or matches no such token
     *                               (also when there is no such user: nothing tells the two apart)
     * @throws AccessDeniedException if a pull token signed it
     */
    public TokenHolder authenticateSigned(SregistryAuthorization authorization, String collection, String image,
                                          String tag) {
        Instant now = clock.instant();
        if (!authorization.isFreshAt(now)) {
            throw new NotSignedInException(ErrorKey.SREGISTRY_AUTH_EXPIRED, authorization.timestamp(),
                    SregistryAuthorization.timestamp(now));
        }
        ApiToken signer = null;
        for (ApiToken token : tokens.derivableOf(authorization.username(), now, MAX_SIGNING_TOKENS)) {
            boolean signed = authorization.isSignedWith(secretOf(token.secretSalt()), collection, image, tag);
            if (signed && signer == null) {
                signer = token;
            }
        }
        if (signer == null) {
            throw new NotSignedInException(ErrorKey.SREGISTRY_SIGNATURE, authorization.username());
        }
        if (!signer.scope().allowsPush()) {
            throw new AccessDeniedException(ErrorKey.SREGISTRY_PULL_TOKEN);
        }
        return holder(signer, now);
    }

    private TokenHolder holder(ApiToken token, Instant now) {
        VerifiedToken verified = VerifiedToken.of(token);
        if (token.lastUsed() == null) {
            auditFirstUse(token);
        }
        if (verified.isUseDueAt(now)) {
            token.usedAt(now);
        }
        return verified.holder();
    }

    private void auditFirstUse(ApiToken token) {
        audit.record(AuditAction.TOKEN_FIRST_USED, VerifiedToken.of(token).holder().caller(), token.name(), null,
                "of " + token.owner().username());
    }

    /**
     * A token's secret: the HMAC of its random salt under the registry's signing key. As random as 256 fresh bits to
     * anyone without the key, and rebuilt from the salt when a sregistry signature must be checked.
     */
    private String secretOf(String salt) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(signingKey.mac(DERIVATION + salt));
    }
}
