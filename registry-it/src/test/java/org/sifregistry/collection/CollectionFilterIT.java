package org.sifregistry.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionPrivacy;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionScope;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.star.application.StarService;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.domain.TeamName;

/** The collections list's filters: starred by the caller, the caller's own, public or private; counted alike. */
@ExtendWith(ArquillianExtension.class)
class CollectionFilterIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("collection-filter-it", CollectionFilterIT.class);
    }

    @EJB
    private CollectionService collections;

    @EJB
    private StarService stars;

    @EJB
    private TeamService teams;

    @Inject
    private Fixtures fixtures;

    /** Every collection name starts with it, so that a test sees only its own collections. */
    private final String prefix = Fixtures.unique("filter");

    @Test
    void starredListsOnlyWhatTheCallerStarred() {
        Caller owner = Fixtures.user();
        Caller fan = Fixtures.user();
        CollectionName starred = collection("a", owner, false);
        collection("b", owner, false);
        stars.star(starred, fan);

        assertEquals(List.of(starred.value()), names(CollectionScope.STARRED, CollectionPrivacy.ANY, fan));
        assertEquals(List.of(), names(CollectionScope.STARRED, CollectionPrivacy.ANY, owner));
        assertEquals(List.of(), names(CollectionScope.STARRED, CollectionPrivacy.ANY, Caller.anonymous()));
    }

    @Test
    void mineListsWhatTheCallerOwnsOrContributesToButNotWhatATeamShares() {
        Caller alice = Fixtures.user();
        Caller bob = Fixtures.user();
        CollectionName owned = collection("a-owned", alice, true);
        CollectionName contributed = collection("b-contributed", bob, true);
        CollectionName sharedWithTeam = collection("c-team", bob, true);
        collection("d-other", bob, false);
        collections.addContributor(contributed, alice.username(), bob);
        TeamName team = new TeamName(Fixtures.unique("team"));
        teams.create(team, bob);
        teams.addMember(team, alice.username(), bob);
        collections.addTeam(sharedWithTeam, team, bob);

        assertEquals(List.of(owned.value(), contributed.value()),
                names(CollectionScope.MINE, CollectionPrivacy.ANY, alice));
        assertEquals(4, names(CollectionScope.ALL, CollectionPrivacy.ANY, alice).size(), "all she may see");
    }

    @Test
    void privacyFiltersWithinWhatTheCallerMaySee() {
        Caller owner = Fixtures.user();
        CollectionName open = collection("a-open", owner, false);
        CollectionName closed = collection("b-closed", owner, true);

        assertEquals(List.of(open.value()), names(CollectionScope.ALL, CollectionPrivacy.PUBLIC, owner));
        assertEquals(List.of(closed.value()), names(CollectionScope.ALL, CollectionPrivacy.PRIVATE, owner));
        assertEquals(List.of(closed.value()), names(CollectionScope.ALL, CollectionPrivacy.PRIVATE,
                Caller.admin("root")));
        assertEquals(List.of(), names(CollectionScope.ALL, CollectionPrivacy.PRIVATE, Fixtures.user()));
        assertEquals(List.of(closed.value()), names(CollectionScope.MINE, CollectionPrivacy.PRIVATE, owner));
    }

    private CollectionName collection(String suffix, Caller owner, boolean privateCollection) {
        CollectionName name = new CollectionName(prefix + "-" + suffix);
        collections.create(name, privateCollection, owner);
        return name;
    }

    /** The names the filter lists, checked against its count. */
    private List<String> names(CollectionScope scope, CollectionPrivacy privacy, Caller caller) {
        CollectionQuery query = new CollectionQuery(prefix, CollectionSort.NAME, false, scope, privacy);
        List<String> names = collections.list(query, PageRequest.first(50), caller).stream()
                .map(CollectionSummary::name).toList();
        assertEquals(names.size(), collections.count(query, caller), "the count agrees with the list");
        return names;
    }
}
