package org.sifregistry.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.sifregistry.common.Caller;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.star.application.StarService;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

/** The account page's lists: the collections a user owns or contributes to, and those they starred. */
@ExtendWith(ArquillianExtension.class)
class AccountCollectionsIT {

    private static final PageRequest ALL = PageRequest.first(50);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("account-collections-it", AccountCollectionsIT.class);
    }

    @EJB
    private CollectionService collections;

    @EJB
    private StarService stars;

    @Inject
    private Fixtures fixtures;

    @Test
    void ownedAndContributedCollectionsAreListedWithTheirCounts() {
        Caller me = Fixtures.user();
        Caller other = Fixtures.user();
        CollectionName mine = fixtures.collection(me, true);
        fixtures.container(mine, "rocks:v1", me);
        CollectionName contributed = fixtures.collection(other, true);
        collections.addContributor(contributed, me.username(), other);
        fixtures.collection(other, false);

        List<CollectionSummary> listed = collections.listOfMember(ALL, me);

        assertEquals(List.of(mine, contributed).stream().map(CollectionName::value).sorted().toList(),
                names(listed).stream().sorted().toList());
        assertEquals(1, listed.stream().filter(c -> c.name().equals(mine.value())).findFirst().orElseThrow()
                .containerCount());
        assertEquals(2, collections.countOfMember(me));
        assertEquals(1, collections.listOfMember(new PageRequest(1, 1), me).size(), "paged");
    }

    @Test
    void starredCollectionsAreListedWhileTheCallerMaySeeThem() {
        Caller owner = Fixtures.user();
        Caller fan = Fixtures.user();
        CollectionName first = fixtures.collection(owner, false);
        CollectionName second = fixtures.collection(owner, false);
        stars.star(first, fan);
        stars.star(second, fan);

        assertEquals(List.of(second.value(), first.value()), names(collections.listStarred(ALL, fan)),
                "the latest star first");
        assertEquals(2, collections.countStarred(fan));

        collections.describe(first, null, true, owner);

        assertEquals(List.of(second.value()), names(collections.listStarred(ALL, fan)));
        assertEquals(1, collections.countStarred(fan));
        assertEquals(0, collections.countStarred(owner), "the owner starred nothing");
    }

    @Test
    void anonymousCallersHaveNoAccountLists() {
        assertThrows(NotSignedInException.class, () -> collections.listOfMember(ALL, Caller.anonymous()));
        assertThrows(NotSignedInException.class, () -> collections.countStarred(Caller.anonymous()));
    }

    private static List<String> names(List<CollectionSummary> list) {
        return list.stream().map(CollectionSummary::name).toList();
    }
}
