package org.sifregistry.collection;

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
import org.sifregistry.collection.application.CollectionDetails;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionNotFoundException;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.star.application.StarService;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.domain.TeamName;

/** Who may see and change a collection as owners, contributors and teams are added and removed. */
@ExtendWith(ArquillianExtension.class)
class CollectionMembershipIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("collection-membership-it", CollectionMembershipIT.class);
    }

    @EJB
    private CollectionService collections;

    @EJB
    private StarService stars;

    @EJB
    private TeamService teams;

    @Inject
    private Fixtures fixtures;

    @Test
    void anOwnerRemovedLosesTheRightToManage() {
        Caller owner = Fixtures.user();
        Caller second = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);
        collections.addOwner(name, second.username(), owner);
        assertTrue(collections.details(name, second).manageable());

        collections.removeOwner(name, second.username(), owner);

        assertEquals(List.of(owner.username()), collections.details(name, owner).owners());
        assertFalse(collections.details(name, second).manageable());
        assertThrows(AccessDeniedException.class, () -> collections.describe(name, "mine now", false, second));
    }

    @Test
    void theLastOwnerStays() {
        Caller owner = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);

        ConflictException refused = assertThrows(ConflictException.class,
                () -> collections.removeOwner(name, owner.username(), owner));

        assertTrue(refused.getMessage().contains("only owner"), refused.getMessage());
        assertEquals(List.of(owner.username()), collections.details(name, owner).owners());
    }

    @Test
    void aContributorRemovedNoLongerSeesThePrivateCollection() {
        Caller owner = Fixtures.user();
        Caller contributor = Fixtures.user();
        CollectionName name = fixtures.collection(owner, true);
        collections.addContributor(name, contributor.username(), owner);
        assertEquals(List.of(contributor.username()), collections.details(name, contributor).contributors());

        collections.removeContributor(name, contributor.username(), owner);

        assertThrows(CollectionNotFoundException.class, () -> collections.details(name, contributor));
        assertEquals(List.of(), collections.details(name, owner).contributors());
    }

    @Test
    void membersOfARemovedTeamNoLongerSeeThePrivateCollection() {
        Caller owner = Fixtures.user();
        Caller member = fixtures.signedInUser();
        CollectionName name = fixtures.collection(owner, true);
        TeamName team = new TeamName(Fixtures.unique("team"));
        teams.create(team, owner);
        teams.addMember(team, member.username(), owner);
        collections.addTeam(name, team, owner);
        assertEquals(List.of(team.value()), collections.details(name, member).teams());

        collections.removeTeam(name, team, owner);

        assertThrows(CollectionNotFoundException.class, () -> collections.details(name, member));
        assertEquals(List.of(), collections.details(name, owner).teams());
    }

    @Test
    void onlyOwnersAndAdminsRemoveMembers() {
        Caller owner = Fixtures.user();
        Caller contributor = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);
        collections.addContributor(name, contributor.username(), owner);
        TeamName team = new TeamName(Fixtures.unique("team"));
        teams.create(team, owner);
        collections.addTeam(name, team, owner);

        assertThrows(AccessDeniedException.class,
                () -> collections.removeContributor(name, contributor.username(), contributor));
        assertThrows(AccessDeniedException.class, () -> collections.removeTeam(name, team, Fixtures.user()));
        assertThrows(NotSignedInException.class,
                () -> collections.removeOwner(name, owner.username(), Caller.anonymous()));

        collections.removeTeam(name, team, Caller.admin("root"));
        collections.removeContributor(name, contributor.username(), Caller.admin("root"));
        CollectionDetails after = collections.details(name, owner);
        assertEquals(List.of(), after.teams());
        assertEquals(List.of(), after.contributors());
    }

    @Test
    void aPrivateCollectionCannotBeChangedByStrangersWhoCannotSeeIt() {
        Caller owner = Fixtures.user();
        CollectionName name = fixtures.collection(owner, true);

        assertThrows(CollectionNotFoundException.class,
                () -> collections.removeOwner(name, owner.username(), Fixtures.user()));
    }

    @Test
    void aMemberNeedsAUserName() {
        Caller owner = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);

        assertThrows(InvalidInputException.class, () -> collections.addOwner(name, "  ", owner));
        assertThrows(InvalidInputException.class, () -> collections.addContributor(name, null, owner));
    }

    @Test
    void detailsTellWhatTheCallerMayDoAndWhetherTheyStarredIt() {
        Caller owner = Fixtures.user();
        Caller fan = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);
        fixtures.container(name, "rocks:v1", owner);
        fixtures.container(name, "rocks:v2", owner);
        stars.star(name, fan);

        CollectionDetails seenByFan = collections.details(name, fan);
        CollectionDetails seenByOwner = collections.details(name, owner);
        CollectionDetails seenByAnonymous = collections.details(name, Caller.anonymous());

        assertTrue(seenByFan.starred());
        assertFalse(seenByFan.manageable());
        assertFalse(seenByOwner.starred());
        assertTrue(seenByOwner.manageable());
        assertFalse(seenByAnonymous.starred());
        assertTrue(collections.details(name, Caller.admin("root")).manageable());
        assertEquals(1, seenByAnonymous.starCount());
        assertEquals(2, seenByAnonymous.containerCount());
    }
}
