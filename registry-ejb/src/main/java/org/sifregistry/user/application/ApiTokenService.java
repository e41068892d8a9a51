package org.sifregistry.user.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
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
import org.sifregistry.user.domain.RobotName;
import org.sifregistry.user.domain.SregistryAuthorization;
import org.sifregistry.user.domain.Team;
import org.sifregistry.user.domain.TeamName;
import org.sifregistry.user.domain.TokenName;
import org.sifregistry.user.domain.UserAccount;
import org.sifregistry.user.domain.UserRepository;

/**
 * API tokens for the command-line clients and CI pipelines: a signed-in user makes, lists and revokes their own, a
 * team's owners the team's, admins see and revoke all; a client presents one as
 * {@code Authorization: Bearer <secret>} and acts as its owner, within the token's scope and collections
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

    /**
     * Makes a token: the caller's own, or (for a team's member or an admin) a team's, owned by the team's robot, which
     * the team's owners see and may revoke; a token limited to some collections can make only tokens limited to some
     * of those. {@code expiresAt} may be
     * null for none, else within {@link #MAX_LIFETIME}.
     */
    public NewApiToken create(TokenSpec spec, Caller caller) {
        String username = caller.requireSignedIn();
        TokenName tokenName = new TokenName(spec.name());
        if (spec.scope() == null) {
            throw new InvalidInputException("scope", ErrorKey.TOKEN_SCOPE_REQUIRED);
        }
        Instant now = clock.instant();
        Instant expiresAt = spec.expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInputException("expiresAt", ErrorKey.TOKEN_EXPIRY_PAST);
        }
        if (expiresAt != null && expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("expiresAt", ErrorKey.TOKEN_LIFETIME, MAX_LIFETIME.toDays());
        }
        Set<String> collections = reachedBy(spec.collections(), caller);
        UserAccount maker = users.getOrCreate(username);
        Team team = spec.isForTeam() ? teamOf(spec.team(), caller) : null;
        UserAccount owner = team == null ? maker : robotOf(team, tokenName, now);
        String salt = Secrets.newToken();
        String secret = secretOf(salt);
        ApiToken token = new ApiToken(owner, tokenName, Secrets.sha256Hex(secret), salt, spec.scope(), expiresAt, now);
        token.limitTo(collections);
        if (team != null) {
            token.ofTeam(team, maker);
        }
        tokens.add(token);
        audit.record(AuditAction.TOKEN_CREATED, caller, tokenName.value(), null, describe(token));
        return new NewApiToken(secret, token);
    }

    /** The collections named, each a valid name the caller reaches; none named: all the caller reaches. */
    private static Set<String> reachedBy(List<String> named, Caller caller) {
        Set<String> names = new TreeSet<>();
        if (named != null) {
            named.stream().filter(n -> n != null && !n.isBlank()).map(n -> new CollectionName(n).value())
                    .forEach(names::add);
        }
        if (names.isEmpty()) {
            return caller.collections();
        }
        names.forEach(caller::requireReaches);
        return names;
    }

    private Team teamOf(String name, Caller caller) {
        Team team = team(name);
        if (!team.isMember(caller.username()) && !caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.TOKEN_TEAM_DENIED, team.name());
        }
        return team;
    }

    private Team team(String name) {
        TeamName teamName = new TeamName(name);
        return users.findTeam(teamName).orElseThrow(() -> new NotFoundException(ErrorKey.TEAM_NOT_FOUND, teamName));
    }

    /**
     * The robot a team's new token acts as, made a member of the team: one per token name, taken again once the
     * last token of that name is revoked or expired.
     */
    private UserAccount robotOf(Team team, TokenName tokenName, Instant now) {
        RobotName name = RobotName.of(team.name(), tokenName);
        UserAccount robot = users.findByUsername(name.value()).orElse(null);
        if (robot == null) {
            robot = users.add(UserAccount.robot(name, now));
        } else if (tokens.hasLive(robot, now)) {
            throw new ConflictException(ErrorKey.TOKEN_TEAM_NAME_TAKEN, team.name(), tokenName);
        }
        team.addMember(robot);
        return robot;
    }

    private static String describe(ApiToken token) {
        return token.scope().name().toLowerCase(Locale.ROOT)
                + (token.expiresAt() == null ? ", no expiry" : ", expires " + token.expiresAt())
                + (token.collections().isEmpty() ? "" : ", only " + String.join(", ", new TreeSet<>(
                        token.collections())))
                + token.team().map(t -> ", of team " + t.name()).orElse("");
    }

    /** One page of the caller's own tokens. */
    public Page<ApiToken> page(PageRequest page, Caller caller) {
        String username = caller.requireSignedIn();
        return new Page<>(tokens.ofOwner(username, page), tokens.countOfOwner(username));
    }

    /** One page of a team's tokens, for its members and admins. */
    public Page<ApiToken> pageOfTeam(String name, PageRequest page, Caller caller) {
        String username = caller.requireSignedIn();
        Team team = team(name);
        if (!team.isMember(username) && !caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.TOKEN_TEAM_HIDDEN, team.name());
        }
        return new Page<>(tokens.ofTeam(team, page), tokens.countOfTeam(team));
    }

    /** The tokens of the caller's teams, newest first: the account page's list, the first page of it. */
    public List<ApiToken> ofMyTeams(PageRequest page, Caller caller) {
        return tokens.ofTeamsOf(caller.requireSignedIn(), page);
    }

    /** One page of every token, newest first, for admins. */
    public Page<ApiToken> pageOfAll(PageRequest page, Caller caller) {
        caller.requireAdmin(ErrorKey.TOKENS_ADMIN_ONLY);
        return new Page<>(tokens.all(page), tokens.countAll());
    }

    /**
     * Revokes a token: the caller's own; a team's, by whoever made it or an owner of the team, whose robot then
     * leaves the team; any, by an admin. Revoking twice changes nothing.
     */
    public ApiToken revoke(long id, Caller caller) {
        String username = caller.requireSignedIn();
        ApiToken token = tokens.find(id).orElseThrow(() -> new NotFoundException(ErrorKey.TOKEN_NOT_FOUND, id));
        boolean teamsOwner = token.team().map(t -> t.isOwner(username)).orElse(false);
        if (!token.owner().username().equals(username) && !token.creator().username().equals(username)
                && !teamsOwner && !caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.TOKEN_REVOKE_DENIED);
        }
        token.revoke(clock.instant());
        token.team().ifPresent(team -> team.removeMember(token.owner().username()));
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
