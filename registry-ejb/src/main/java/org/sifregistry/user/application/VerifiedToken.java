package org.sifregistry.user.application;

import java.time.Duration;
import java.time.Instant;

import org.sifregistry.common.Caller;
import org.sifregistry.user.domain.ApiToken;

/** A live API token as read from the database: whom it stands for, and when its last use was recorded. */
public record VerifiedToken(TokenHolder holder, Instant lastUsed) {

    // Recording every use would write on every pull; a minute's precision is plenty to spot unused tokens.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /**
     * The token with its owner's roles, limited to its collections; its owner, their roles and its collections must
     * be loaded (or loadable).
     */
    static VerifiedToken of(ApiToken token) {
        Caller caller = Caller.user(token.owner().username()).withRoles(token.owner().tokenRoles())
                .limitedTo(token.collections());
        return new VerifiedToken(new TokenHolder(caller, token.scope(), token.id(), token.expiresAt()),
                token.lastUsed());
    }

    public long id() {
        return holder.tokenId();
    }

    /** Whether a use at {@code now} should be recorded: none is, or the last one is over the precision old. */
    public boolean isUseDueAt(Instant now) {
        return lastUsed == null || lastUsed.isBefore(since(now));
    }

    /** The oldest recorded use that makes a use at {@code now} not worth recording. */
    static Instant since(Instant now) {
        return now.minus(LAST_USED_PRECISION);
    }
}
