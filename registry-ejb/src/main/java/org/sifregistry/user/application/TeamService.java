package org.sifregistry.user.application;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.UniqueViolation;
import org.sifregistry.user.domain.Team;
import org.sifregistry.user.domain.TeamName;
import org.sifregistry.user.domain.UserRepository;

/** Teams: any signed-in user makes one and owns it; its owners add members. */
@Stateless
public class TeamService {

    @Inject
    private UserRepository users;

    public Team create(TeamName name, Caller caller) {
        String username = caller.requireSignedIn();
        if (users.findTeam(name).isPresent()) {
            throw duplicate(name);
        }
        Team team = new Team(name, users.getOrCreate(username), Instant.now());
        try {
            users.add(team);
        } catch (PersistenceException e) {
            throw UniqueViolation.isCauseOf(e) ? duplicate(name) : e;
        }
        return team;
    }

    public Team get(TeamName name) {
        return users.findTeam(name).orElseThrow(() -> new NotFoundException("There is no team named '" + name + "'"));
    }

    public Team addMember(TeamName name, String username, Caller caller) {
        Team team = get(name);
        if (!team.isOwner(caller.requireSignedIn()) && !caller.isAdmin()) {
            throw new AccessDeniedException("Only an owner of team '" + name + "' may add members");
        }
        team.addMember(users.getOrCreate(username));
        return team;
    }

    private static ConflictException duplicate(TeamName name) {
        return new ConflictException("A team named '" + name + "' already exists");
    }
}
