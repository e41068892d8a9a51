package org.sifregistry.user.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.UniqueViolation;
import org.sifregistry.common.UserText;
import org.sifregistry.user.domain.Team;
import org.sifregistry.user.domain.TeamName;
import org.sifregistry.user.domain.UserAccount;
import org.sifregistry.user.domain.UserRepository;
import org.sifregistry.user.domain.Username;

/**
 * Teams: any signed-in user makes one and owns it; its owners add and remove members; members see each other and
 * may leave. Admins may do what owners do. A team always keeps at least one owner.
 */
@Stateless
public class TeamService {

    @Inject
    private UserRepository users;

    @Inject
    private Clock clock;

    public Team create(TeamName name, Caller caller) {
        String username = caller.requireSignedIn();
        if (users.findTeam(name).isPresent()) {
            throw duplicate(name);
        }
        Team team = new Team(name, users.getOrCreate(username), clock.instant());
        try {
            users.add(team);
        } catch (PersistenceException e) {
            throw UniqueViolation.isCauseOf(e) ? duplicate(name) : e;
        }
        return team;
    }

    public Team get(TeamName name) {
        return users.findTeam(name).orElseThrow(() -> new NotFoundException(ErrorKey.TEAM_NOT_FOUND, name));
    }

    /** One page of the teams the caller owns or belongs to, by name. */
    public List<TeamSummary> listMine(PageRequest page, Caller caller) {
        String username = caller.requireSignedIn();
        return summaries(users.teamsOf(username, page), username);
    }

    public long countMine(Caller caller) {
        return users.countTeamsOf(caller.requireSignedIn());
    }

    /** One page of every team whose name contains {@code search}, by name; for admins. */
    public List<TeamSummary> listAll(String search, PageRequest page, Caller caller) {
        String username = caller.requireAdmin(ErrorKey.TEAMS_ADMIN_ONLY);
        return summaries(users.teams(search(search), page), username);
    }

    public long countAll(String search, Caller caller) {
        caller.requireAdmin(ErrorKey.TEAMS_ADMIN_ONLY);
        return users.countTeams(search(search));
    }

    /** One team as its members (and admins) see it. */
    public TeamSummary summary(TeamName name, Caller caller) {
        Team team = getSeenBy(name, caller);
        return new TeamSummary(team.name().value(), team.created(), users.countMembers(team),
                team.isOwner(caller.username()));
    }

    /** One page of a team's members, by username; only its members and admins see them. */
    public List<TeamMember> listMembers(TeamName name, PageRequest page, Caller caller) {
        Team team = getSeenBy(name, caller);
        return users.members(team, page).stream()
                .map(u -> new TeamMember(u.username(), u.displayName(), team.isOwner(u.username())))
                .toList();
    }

    public long countMembers(TeamName name, Caller caller) {
        return users.countMembers(getSeenBy(name, caller));
    }

    /** Adds a user the registry knows (they have signed in at least once); adding a member twice changes nothing. */
    public Team addMember(TeamName name, String username, Caller caller) {
        Team team = getManageable(name, caller);
        Username member = new Username(username);
        UserAccount user = users.findByUsername(member.value())
                .orElseThrow(() -> new NotFoundException(ErrorKey.USER_NOT_SIGNED_IN_YET,
                        UserText.quoted(member.value())));
        team.addMember(user);
        return team;
    }

    /** An owner (or an admin) takes someone out of the team, except its last owner. */
    public Team removeMember(TeamName name, String username, Caller caller) {
        Team team = getManageable(name, caller);
        if (!team.isMember(username)) {
            throw new NotFoundException(ErrorKey.TEAM_NOT_MEMBER, UserText.quoted(username), name);
        }
        if (team.isLastOwner(username)) {
            throw new ConflictException(ErrorKey.TEAM_LAST_OWNER, username, name);
        }
        team.removeMember(username);
        return team;
    }

    /** The caller leaves the team; its last owner cannot, since a team always keeps an owner. */
    public void leave(TeamName name, Caller caller) {
        String username = caller.requireSignedIn();
        Team team = get(name);
        if (!team.isMember(username)) {
            throw new NotFoundException(ErrorKey.TEAM_CALLER_NOT_MEMBER, name);
        }
        if (team.isLastOwner(username)) {
            throw new ConflictException(ErrorKey.TEAM_CALLER_LAST_OWNER, name);
        }
        team.removeMember(username);
    }

    /** The teams with their member counts and whether the user owns each, in two queries for the page. */
    private List<TeamSummary> summaries(List<Team> teams, String username) {
        List<Long> ids = teams.stream().map(Team::id).toList();
        Map<Long, Long> memberCounts = users.memberCounts(ids);
        Set<Long> owned = users.ownedAmong(username, ids);
        return teams.stream()
                .map(t -> new TeamSummary(t.name().value(), t.created(), memberCounts.getOrDefault(t.id(), 0L),
                        owned.contains(t.id())))
                .toList();
    }

    private static String search(String search) {
        return search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    private Team getSeenBy(TeamName name, Caller caller) {
        Team team = get(name);
        if (!team.isMember(caller.requireSignedIn()) && !caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.TEAM_MEMBERS_HIDDEN, name);
        }
        return team;
    }

    private Team getManageable(TeamName name, Caller caller) {
        Team team = get(name);
        if (!team.isOwner(caller.requireSignedIn()) && !caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.TEAM_MANAGE_DENIED, name);
        }
        return team;
    }

    private static ConflictException duplicate(TeamName name) {
        return new ConflictException(ErrorKey.TEAM_DUPLICATE, name);
    }
}
