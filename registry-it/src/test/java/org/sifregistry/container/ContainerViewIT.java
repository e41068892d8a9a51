package org.sifregistry.container;

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
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionNotFoundException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.ContainerGroup;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.ContainerView;
import org.sifregistry.container.application.TagSummary;
import org.sifregistry.container.domain.ContainerNotFoundException;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

/**
 * What the collection and container pages read: containers grouped by name, and a container with the caller's
 * rights.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerViewIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("container-view-it", ContainerViewIT.class);
    }

    @EJB
    private ContainerService containers;

    @EJB
    private CollectionService collections;

    @Inject
    private Fixtures fixtures;

    @Test
    void groupsArePagedByNameAndHoldEveryTag() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        for (String ref : List.of("apple:v1", "apple:v2", "apple:latest", "banana:latest", "cherry:v1")) {
            fixtures.container(collection, ref, owner);
        }

        List<ContainerGroup> first = containers.groups(collection, new PageRequest(0, 2), Caller.anonymous());
        List<ContainerGroup> second = containers.groups(collection, new PageRequest(2, 2), Caller.anonymous());

        assertEquals(3, containers.countGroups(collection, Caller.anonymous()));
        assertEquals(List.of("apple", "banana"), first.stream().map(ContainerGroup::name).toList());
        assertEquals(List.of("latest", "v1", "v2"), first.get(0).tags().stream().map(TagSummary::tag).toList());
        assertEquals(collection + "/apple:v1", first.get(0).tags().get(1).ref());
        assertEquals(List.of("cherry"), second.stream().map(ContainerGroup::name).toList());
    }

    @Test
    void groupsOfAPrivateCollectionAreHiddenFromStrangers() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, true);
        fixtures.container(collection, "secret:v1", owner);

        assertThrows(CollectionNotFoundException.class,
                () -> containers.groups(collection, PageRequest.first(10), Fixtures.user()));
        assertThrows(CollectionNotFoundException.class, () -> containers.countGroups(collection, Caller.anonymous()));
        assertEquals(1, containers.countGroups(collection, owner));
    }

    @Test
    void theViewTellsOwnersContributorsAndVisitorsApart() {
        Caller owner = Fixtures.user();
        Caller contributor = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        collections.addContributor(collection, contributor.username(), owner);
        ContainerRef ref = fixtures.container(collection, "rocks:v1", owner).ref();

        ContainerView ownerView = containers.view(ref, owner);
        ContainerView contributorView = containers.view(ref, contributor);
        ContainerView visitorView = containers.view(ref, Caller.anonymous());

        assertTrue(ownerView.manageable());
        assertTrue(ownerView.topicsEditable());
        assertFalse(contributorView.manageable());
        assertTrue(contributorView.topicsEditable());
        assertFalse(visitorView.manageable());
        assertFalse(visitorView.topicsEditable());
        assertTrue(containers.view(ref, Caller.admin("root")).manageable());
        assertEquals(ref.toString(), visitorView.details().ref());
    }

    @Test
    void theViewListsEveryTagOfTheContainerName() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        ContainerRef v1 = fixtures.container(collection, "rocks:v1", owner).ref();
        fixtures.container(collection, "rocks:v2", owner);
        fixtures.container(collection, "stones:v1", owner);

        ContainerView view = containers.view(v1, Caller.anonymous());

        assertEquals(List.of(collection + "/rocks:v1", collection + "/rocks:v2"),
                view.tags().stream().map(TagSummary::ref).toList());
    }

    @Test
    void aPrivateContainerHasNoViewForStrangers() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, true), "hidden:v1", owner).ref();

        assertThrows(ContainerNotFoundException.class, () -> containers.view(ref, Fixtures.user()));
        assertThrows(ContainerNotFoundException.class, () -> containers.view(ref, Caller.anonymous()));
    }
}
