package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.user.application.TeamMember;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.application.TeamSummary;
import org.sifregistry.user.domain.TeamName;

/** Teams: who lists, sees, adds, removes and leaves, and that a team always keeps an owner. */
@ExtendWith(ArquillianExtension.class)
class TeamServiceIT {

    private static final PageRequest ALL = PageRequest.first(50);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("team-service-it", TeamServiceIT.class);
    }

    @EJB
    private TeamService teams;

    @Inject
    private Fixtures fixtures;

    @Test
    void ownersAddKnownUsersAndEveryMemberListsTheTeam() {
        Caller owner = fixtures.signedInUser();
        Caller member = fixtures.signedInUser();
        TeamName team = newTeam(owner);

        teams.addMember(team, member.username(), owner);
        teams.addMember(team, member.username(), owner);

        List<TeamSummary> ownersTeams = teams.listMine(ALL, owner);
        assertEquals(List.of(new TeamSummary(team.value(), ownersTeams.get(0).created(), 2, true)), ownersTeams);
        assertEquals(ownersTeams.get(0), teams.summary(team, owner));
        assertEquals(1, teams.countMine(member));
        TeamSummary seenByMember = teams.listMine(ALL, member).get(0);
        assertEquals(team.value(), seenByMember.name());
        assertFalse(seenByMember.ownedByCaller(), "a member does not own the team");
        assertEquals(2, seenByMember.memberCount());
        assertEquals(sorted(new TeamMember(owner.username(), owner.username(), true),
                        new TeamMember(member.username(), member.username(), false)),
                teams.listMembers(team, ALL, member));
        assertEquals(2, teams.countMembers(team, member));
    }

    @Test
    void membersArePagedByUsername() {
        Caller owner = fixtures.signedInUser();
        TeamName team = newTeam(owner);
        for (int i = 0; i < 3; i++) {
            teams.addMember(team, fixtures.signedInUser().username(), owner);
        }

        List<TeamMember> first = teams.listMembers(team, new PageRequest(0, 2), owner);
        List<TeamMember> second = teams.listMembers(team, new PageRequest(2, 2), owner);

        assertEquals(2, first.size());
        assertEquals(2, second.size());
        assertTrue(first.get(1).username().compareTo(second.get(0).username()) < 0, "pages follow each other");
        assertEquals(4, teams.countMembers(team, owner));
    }

    @Test
    void onlyOwnersAndAdminsAddOrRemoveMembers() {
        Caller owner = fixtures.signedInUser();
        Caller member = fixtures.signedInUser();
        Caller other = fixtures.signedInUser();
        TeamName team = newTeam(owner);
        teams.addMember(team, member.username(), owner);

        assertThrows(AccessDeniedException.class, () -> teams.addMember(team, other.username(), member));
        assertThrows(AccessDeniedException.class, () -> teams.addMember(team, other.username(), other));
        assertThrows(AccessDeniedException.class, () -> teams.removeMember(team, owner.username(), member));
        assertThrows(NotSignedInException.class,
                () -> teams.addMember(team, other.username(), Caller.anonymous()));
        assertEquals(2, teams.countMembers(team, owner), "nothing changed");

        teams.addMember(team, other.username(), Caller.admin("root"));
        teams.removeMember(team, member.username(), owner);

        assertEquals(List.of(other.username(), owner.username()).stream().sorted().toList(),
                teams.listMembers(team, ALL, owner).stream().map(TeamMember::username).toList());
    }

    @Test
    void onlyUsersTheRegistryKnowsCanBeAdded() {
        Caller owner = fixtures.signedInUser();
        TeamName team = newTeam(owner);

        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> teams.addMember(team, Fixtures.unique("nobody"), owner));
        assertTrue(unknown.getMessage().contains("signed in"), unknown.getMessage());
        assertThrows(InvalidInputException.class, () -> teams.addMember(team, " ", owner));
    }

    @Test
    void onlyMembersAndAdminsSeeTheMembers() {
        Caller owner = fixtures.signedInUser();
        TeamName team = newTeam(owner);

        assertThrows(AccessDeniedException.class, () -> teams.listMembers(team, ALL, fixtures.signedInUser()));
        assertThrows(AccessDeniedException.class, () -> teams.summary(team, fixtures.signedInUser()));
        assertThrows(NotSignedInException.class, () -> teams.countMembers(team, Caller.anonymous()));
        assertEquals(1, teams.countMembers(team, Caller.admin("root")));
    }

    @Test
    void membersLeaveButTheLastOwnerStays() {
        Caller owner = fixtures.signedInUser();
        Caller member = fixtures.signedInUser();
        TeamName team = newTeam(owner);
        teams.addMember(team, member.username(), owner);

        teams.leave(team, member);

        assertEquals(0, teams.countMine(member));
        assertThrows(NotFoundException.class, () -> teams.leave(team, member));
        assertThrows(ConflictException.class, () -> teams.leave(team, owner));
        assertThrows(ConflictException.class, () -> teams.removeMember(team, owner.username(), owner));
        assertEquals(1, teams.countMine(owner), "the last owner is still in");
    }

    @Test
    void theTeamsListIsPagedByName() {
        Caller owner = fixtures.signedInUser();
        String prefix = Fixtures.unique("t");
        for (String suffix : List.of("c", "a", "b")) {
            teams.create(new TeamName(prefix + "-" + suffix), owner);
        }

        assertEquals(List.of(prefix + "-a", prefix + "-b"),
                teams.listMine(new PageRequest(0, 2), owner).stream().map(TeamSummary::name).toList());
        assertEquals(List.of(prefix + "-c"),
                teams.listMine(new PageRequest(2, 2), owner).stream().map(TeamSummary::name).toList());
        assertEquals(3, teams.countMine(owner));
    }

    private TeamName newTeam(Caller owner) {
        TeamName team = new TeamName(Fixtures.unique("team"));
        teams.create(team, owner);
        return team;
    }

    private static List<TeamMember> sorted(TeamMember... members) {
        return List.of(members).stream().sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }
}
