package org.sifregistry.user.application;

import java.time.Instant;
import java.util.List;

import org.sifregistry.user.domain.TokenScope;

/**
 * What a new API token is to be: its name, scope and expiry (null: none), the collections it is limited to (null
 * or empty: every one its owner reaches) and the team it belongs to (null or blank: the person making it).
 */
public record TokenSpec(String name, TokenScope scope, Instant expiresAt, List<String> collections, String team) {

    /** A person's own token for every collection they reach. */
    public static TokenSpec personal(String name, TokenScope scope, Instant expiresAt) {
        return new TokenSpec(name, scope, expiresAt, List.of(), null);
    }

    public boolean isForTeam() {
        return team != null && !team.isBlank();
    }
}
