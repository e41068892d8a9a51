package org.sifregistry.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionNotFoundException;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.collection.domain.DuplicateCollectionException;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.ContainerNotFoundException;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.share.application.ShareService;
import org.sifregistry.star.application.StarService;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.domain.TeamName;

@ExtendWith(ArquillianExtension.class)
class CollectionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("collection-service-it", CollectionServiceIT.class);
    }

    @EJB
    private CollectionService collections;

    @EJB
    private ContainerService containers;

    @EJB
    private StarService stars;

    @EJB
    private ShareService shares;

    @EJB
    private TeamService teams;

    @Inject
    private Fixtures fixtures;

    @Test
    void createsAndFindsACollectionOwnedByItsCreator() {
        Caller alice = Fixtures.user();
        CollectionName name = new CollectionName(Fixtures.unique("Science"));

        Collection created = collections.create(name, false, alice);

        Collection found = collections.get(name, Caller.anonymous());
        assertEquals(created.id(), found.id());
        assertEquals(name.value(), found.name().value());
        assertTrue(found.isOwner(alice.username()));
        assertFalse(found.isPrivate());
        assertEquals(0, found.starCount());
    }

    @Test
    void refusesASecondCollectionOfTheSameName() {
        CollectionName name = fixtures.collection(Fixtures.user(), false);

        DuplicateCollectionException e = assertThrows(DuplicateCollectionException.class,
                () -> collections.create(name, false, Fixtures.user()));
        assertTrue(e.getMessage().contains(name.value()));
    }

    @Test
    void anonymousCallersCannotCreate() {
        assertThrows(NotSignedInException.class,
                () -> collections.create(new CollectionName(Fixtures.unique("anon")), false, Caller.anonymous()));
    }

    @Test
    void twoConcurrentCreatesOfOneNameEndInOneRowAndOneConflict() throws Exception {
        CollectionName name = new CollectionName(Fixtures.unique("race"));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Collection> create = () -> {
            start.await();
            return collections.create(name, false, Fixtures.user());
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Collection>> results = List.of(pool.submit(create), pool.submit(create));
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            int created = 0;
            for (Future<Collection> result : results) {
                try {
                    result.get();
                    created++;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertEquals(1, created);
            assertEquals(1, failures.size());
            assertInstanceOf(DuplicateCollectionException.class, failures.get(0));
        } finally {
            pool.shutdownNow();
        }
        Page<CollectionSummary> page = collections.page(new CollectionQuery(name.value(), CollectionSort.NAME, false),
                PageRequest.first(10), Caller.admin("root"));
        assertEquals(1, page.total());
    }

    @Test
    void privateCollectionsAreSeenOnlyByOwnersContributorsTeamMembersAndAdmins() {
        Caller owner = Fixtures.user();
        Caller contributor = Fixtures.user();
        Caller member = fixtures.signedInUser();
        Caller stranger = Fixtures.user();
        CollectionName name = fixtures.collection(owner, true);
        collections.addContributor(name, contributor.username(), owner);
        TeamName team = new TeamName(Fixtures.unique("team"));
        teams.create(team, owner);
        teams.addMember(team, member.username(), owner);
        collections.addTeam(name, team, owner);

        for (Caller allowed : List.of(owner, contributor, member, Caller.admin("root"))) {
            assertTrue(collections.find(name, allowed).isPresent(), allowed + " sees it");
            assertEquals(1, countMatching(name, allowed), allowed + " lists it");
        }
        for (Caller refused : List.of(stranger, Caller.anonymous())) {
            assertTrue(collections.find(name, refused).isEmpty(), refused + " does not see it");
            assertThrows(CollectionNotFoundException.class, () -> collections.get(name, refused));
            assertEquals(0, countMatching(name, refused), refused + " does not list it");
        }
    }

    @Test
    void privateContainersStayHiddenFromStrangers() {
        Caller owner = Fixtures.user();
        CollectionName name = fixtures.collection(owner, true);
        ContainerRef ref = fixtures.container(name, "secret:v1", owner).ref();

        assertThrows(ContainerNotFoundException.class, () -> containers.get(ref, Fixtures.user()));
        assertThrows(ContainerNotFoundException.class, () -> containers.get(ref, Caller.anonymous()));
        assertEquals(ref, containers.get(ref, owner).ref());
        assertTrue(containers.newest(50, Caller.anonymous()).stream().noneMatch(k -> k.ref().equals(ref)));
    }

    @Test
    void pagesAreCountedAndSortedInTheDatabase() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("paged");
        for (int i = 0; i < 7; i++) {
            collections.create(new CollectionName(prefix + "-" + i), false, owner);
        }
        CollectionQuery byNameDescending = new CollectionQuery(prefix, CollectionSort.NAME, true);

        Page<CollectionSummary> first = collections.page(byNameDescending, new PageRequest(0, 3), owner);
        Page<CollectionSummary> last = collections.page(byNameDescending, new PageRequest(6, 3), owner);

        assertEquals(7, first.total());
        assertEquals(List.of(prefix + "-6", prefix + "-5", prefix + "-4"),
                first.items().stream().map(CollectionSummary::name).toList());
        assertEquals(List.of(prefix + "-0"), last.items().stream().map(CollectionSummary::name).toList());
    }

    @Test
    void summariesCountContainersAndStars() {
        Caller owner = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);
        fixtures.container(name, "one:latest", owner);
        fixtures.container(name, "two:latest", owner);
        stars.star(name, Fixtures.user());

        CollectionSummary summary = collections.page(new CollectionQuery(name.value(), CollectionSort.STARS, true),
                PageRequest.first(5), owner).items().get(0);

        assertEquals(2, summary.containerCount());
        assertEquals(1, summary.starCount());
    }

    @Test
    void searchMatchesPartsOfNamesAndTakesLikeWildcardsLiterally() {
        Caller owner = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);
        String middle = name.value().substring(2, name.value().length() - 2);

        assertEquals(1, collections.count(new CollectionQuery(middle.toUpperCase(), CollectionSort.NAME, false), owner));
        assertEquals(0, collections.count(new CollectionQuery("%", CollectionSort.NAME, false), owner));
        assertEquals(0, collections.count(new CollectionQuery("_", CollectionSort.NAME, false), owner));
    }

    @Test
    void ownersDescribeOthersMayNot() {
        Caller owner = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);

        collections.describe(name, "  Rocks and minerals  ", true, owner);

        Collection described = collections.get(name, owner);
        assertEquals("Rocks and minerals", described.description());
        assertTrue(described.isPrivate());
        assertThrows(CollectionNotFoundException.class, () -> collections.describe(name, "x", false, Fixtures.user()));
        Caller contributor = Fixtures.user();
        collections.addContributor(name, contributor.username(), owner);
        assertThrows(AccessDeniedException.class, () -> collections.describe(name, "x", false, contributor));
        assertThrows(InvalidInputException.class,
                () -> collections.describe(name, "x".repeat(Collection.DESCRIPTION_MAX_LENGTH + 1), false, owner));
    }

    @Test
    void deletingACollectionRemovesItsContainersStarsAndShareLinks() {
        Caller owner = Fixtures.user();
        CollectionName name = fixtures.collection(owner, false);
        ContainerRef ref = fixtures.container(name, "doomed:latest", owner).ref();
        stars.star(name, Fixtures.user());
        String token = shares.create(ref, java.time.Instant.now().plusSeconds(3600), owner).token();

        assertThrows(AccessDeniedException.class, () -> collections.delete(name, Fixtures.user()));
        collections.delete(name, owner);

        assertTrue(collections.find(name, Caller.admin("root")).isEmpty());
        assertThrows(ContainerNotFoundException.class, () -> containers.get(ref, Caller.admin("root")));
        assertThrows(org.sifregistry.share.domain.ShareLinkNotFoundException.class, () -> shares.resolve(token));
    }

    private long countMatching(CollectionName name, Caller caller) {
        return collections.count(new CollectionQuery(name.value(), CollectionSort.NAME, false), caller);
    }
}
