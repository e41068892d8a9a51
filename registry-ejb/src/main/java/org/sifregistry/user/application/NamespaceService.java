package org.sifregistry.user.application;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
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
     * Checks that the caller may push under {@code name}: their own name, or a team they belong to, which is
     * returned so that collections made under it are shared with the team.
     */
    public Optional<TeamName> requirePushable(String name, Caller caller) {
        String username = caller.requireSignedIn();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("entity", "An entity name is required: your user name or a team's");
        }
        if (name.equals(username)) {
            users.getOrCreate(username);
            return Optional.empty();
        }
        Team team = team(name).filter(t -> t.isMember(username) || caller.isAdmin())
                .orElseThrow(() -> new AccessDeniedException("You may push only as '" + username
                        + "' or as a team you belong to, not as " + UserText.quoted(name)));
        return Optional.of(team.name());
    }

    private Optional<Team> team(String name) {
        try {
            return users.findTeam(new TeamName(name));
        } catch (InvalidInputException notATeamName) {
            return Optional.empty();
        }
    }
}
