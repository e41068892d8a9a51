package org.sifregistry.user.application;

import java.util.Optional;

import org.sifregistry.user.domain.TeamName;

/**
 * On whose behalf a library push is made: who owns a collection it creates, and the team (or none) that collection
 * is shared with.
 */
public record Namespace(String owner, TeamName team) {

    public static Namespace ofUser(String username) {
        return new Namespace(username, null);
    }

    public Optional<TeamName> sharedWith() {
        return Optional.ofNullable(team);
    }
}
