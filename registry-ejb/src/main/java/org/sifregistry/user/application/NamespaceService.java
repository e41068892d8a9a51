package org.sifregistry.user.application;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;
import org.sifregistry.user.domain.Team;
import org.sifregistry.user.domain.TeamName;
import org.sifregistry.user.domain.UserRepository;

/**
 * The first part of a library reference, {@code library://<entity>/collection/container}: a user's name or a team's.
 * Collection names are unique across the registry, so the entity only says on whose behalf a collection is made.
 */
@Stateless
public class NamespaceService {

    @Inject
    private UserRepository users;

    public boolean exists(String name) {
        return users.findByUsername(name).isPresent() || team(name).isPresent();
    }

    /**
     * Checks that the caller may push under {@code name} and says on whose behalf: their own name; a team they
     * belong to (an admin: any team), whose collections the caller owns and shares with it; or, for a manager or an
     * admin, another user's name, whose new collections that user owns ({@code CollectionService.create} makes the
     * same check). A team's name is never read as a user's.
     */
    public Namespace requirePushable(String name, Caller caller) {
        String username = caller.requireSignedIn();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("entity", ErrorKey.NAMESPACE_ENTITY_REQUIRED);
        }
        if (name.equals(username)) {
            users.getOrCreate(username);
            return Namespace.ofUser(username);
        }
        Optional<Team> team = team(name);
        if (team.isPresent() && (team.get().isMember(username) || caller.isAdmin())) {
            return new Namespace(username, team.get().name());
        }
        if (team.isEmpty() && caller.isManager()) {
            return Namespace.ofUser(name);
        }
        throw new AccessDeniedException(ErrorKey.NAMESPACE_DENIED, username, UserText.quoted(name));
    }

    private Optional<Team> team(String name) {
        try {
            return users.findTeam(new TeamName(name));
        } catch (InvalidInputException notATeamName) {
            return Optional.empty();
        }
    }
}
