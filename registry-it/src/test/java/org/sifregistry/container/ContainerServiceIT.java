package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.SearchResult;
import org.sifregistry.container.application.SearchService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerNotFoundException;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ImageFilter;
import org.sifregistry.container.domain.ParseStatus;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.container.domain.TopicTag;
import org.sifregistry.storage.StoredImage;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

@ExtendWith(ArquillianExtension.class)
class ContainerServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("container-service-it", ContainerServiceIT.class);
    }

    @EJB
    private ContainerService containers;

    @EJB
    private CollectionService collections;

    @EJB
    private SearchService search;

    @Inject
    private Fixtures fixtures;

    @Test
    void publishesAStoredImageUnderATag() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        StoredImage image = fixtures.image(Fixtures.unique("rocks"));
        ContainerRef ref = ContainerRef.parse(collection + "/rocks:v1.0");

        containers.publish(ref, image, "amd64", owner);

        Container found = containers.get(ref, Caller.anonymous());
        assertEquals(image.digest().version(), found.version());
        assertEquals(image.size(), found.size());
        assertEquals("amd64", found.architecture());
        assertEquals(ParseStatus.PENDING, found.parseStatus());
        assertEquals(ref, found.ref());
    }

    @Test
    void findsByVersionAndDefaultsToLatest() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container latest = fixtures.container(collection, "banana", owner);

        ContainerRef byVersion = ContainerRef.parse(collection + "/banana@" + latest.version());
        assertEquals(Tag.LATEST, latest.tag());
        assertEquals(latest.id(), containers.get(byVersion, owner).id());
        assertEquals(latest.id(), containers.get(ContainerRef.parse(collection + "/banana"), owner).id());
    }

    @Test
    void publishingAnExistingTagMovesIt() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container first = fixtures.container(collection, "moving:latest", owner);
        containers.addTopicTag(first.ref(), new TopicName("biology"), owner);
        StoredImage second = fixtures.image(Fixtures.unique("second"));

        Container moved = containers.publish(first.ref(), second, "arm64", owner);

        assertEquals(first.id(), moved.id());
        assertEquals(second.digest().version(), containers.get(first.ref(), owner).version());
        assertTrue(containers.get(first.ref(), owner).topicTags().isEmpty());
    }

    @Test
    void onlyOwnersPublish() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        StoredImage image = fixtures.image(Fixtures.unique("x"));
        ContainerRef ref = ContainerRef.parse(collection + "/x:latest");

        assertThrows(AccessDeniedException.class, () -> containers.publish(ref, image, "amd64", Fixtures.user()));
        assertThrows(NotSignedInException.class, () -> containers.publish(ref, image, "amd64", Caller.anonymous()));
        assertThrows(CollectionNotFoundException.class, () -> containers.publish(
                ContainerRef.parse(Fixtures.unique("missing") + "/x"), image, "amd64", owner));
    }

    @Test
    void frozenContainersRefuseRetaggingMovingAndDeletion() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container container = fixtures.container(collection, "ice:v1", owner);
        containers.freeze(container.ref(), true, owner);

        assertTrue(containers.get(container.ref(), owner).isFrozen());
        ConflictException retag = assertThrows(ConflictException.class,
                () -> containers.retag(container.ref(), new Tag("v2"), owner));
        assertTrue(retag.getMessage().contains("frozen"));
        assertThrows(ConflictException.class,
                () -> containers.publish(container.ref(), fixtures.image(Fixtures.unique("y")), "amd64", owner));
        assertThrows(ConflictException.class, () -> containers.delete(container.ref(), owner));
        assertThrows(ConflictException.class, () -> containers.tag(
                fixtures.container(collection, "ice:v0", owner).ref(), new Tag("v1"), owner));

        containers.freeze(container.ref(), false, owner);
        assertEquals(new Tag("v2"), containers.retag(container.ref(), new Tag("v2"), owner).tag());
    }

    @Test
    void tagAddsASecondTagOnTheSameImageAndRetagRenames() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container original = fixtures.container(collection, "milkshake:v1", owner);

        Container tagged = containers.tag(original.ref(), new Tag("stable"), owner);
        assertEquals(original.version(), tagged.version());
        assertEquals(2, containers.page(collection, PageRequest.first(10), owner).total());

        assertThrows(ConflictException.class, () -> containers.retag(original.ref(), new Tag("stable"), owner));
        containers.retag(original.ref(), new Tag("v1-old"), owner);
        assertThrows(ContainerNotFoundException.class, () -> containers.get(original.ref(), owner));
        assertEquals(original.id(), containers.get(original.ref().withTag(new Tag("v1-old")), owner).id());
    }

    @Test
    void pagesContainersOfACollectionByNameAndTag() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        for (String nameAndTag : List.of("vanilla:pudding", "banana:pudding", "chocolate:pudding", "banana:v2")) {
            fixtures.container(collection, nameAndTag, owner);
        }

        Page<Container> page = containers.page(collection, new PageRequest(1, 2), Caller.anonymous());

        assertEquals(4, page.total());
        assertEquals(List.of("banana:v2", "chocolate:pudding"),
                page.items().stream().map(k -> k.name() + ":" + k.tag()).toList());
    }

    @Test
    void newestAndCountsShowWhatTheCallerMaySee() {
        Caller owner = Fixtures.user();
        CollectionName open = fixtures.collection(owner, false);
        long before = containers.countVisible(Caller.anonymous());
        Container fresh = fixtures.container(open, "fresh:latest", owner);

        assertEquals(before + 1, containers.countVisible(Caller.anonymous()));
        assertEquals(fresh.id(), containers.newest(1, Caller.anonymous()).get(0).id());
    }

    @Test
    void theVisibleCountFollowsContainersAddedMovedAndDeleted() {
        Caller owner = Fixtures.user();
        CollectionName open = fixtures.collection(owner, false);
        CollectionName hidden = fixtures.collection(owner, true);
        Caller visitor = Caller.anonymous();
        long seenBefore = containers.countVisible(visitor);
        long ownedBefore = containers.countVisible(owner);
        Container first = fixtures.container(open, "first:v1", owner);
        fixtures.container(open, "second:v1", owner);
        fixtures.container(hidden, "third:v1", owner);
        fixtures.container(open, "first:v1", owner, Fixtures.unique("other bytes").getBytes(StandardCharsets.UTF_8));

        assertEquals(seenBefore + 2, containers.countVisible(visitor), "a moved tag is still one container");
        assertEquals(ownedBefore + 3, containers.countVisible(owner));
        containers.delete(first.ref(), owner);
        assertEquals(seenBefore + 1, containers.countVisible(visitor));
        assertEquals(ownedBefore + 2, containers.countVisible(owner));
    }

    @Test
    void contributorsAddAndRemoveTopicTagsStrangersMayNot() {
        Caller owner = Fixtures.user();
        Caller contributor = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        collections.addContributor(collection, contributor.username(), owner);
        ContainerRef ref = fixtures.container(collection, "tagged:latest", owner).ref();

        containers.addTopicTag(ref, new TopicName("Biology"), contributor);
        containers.addTopicTag(ref, new TopicName("ubuntu"), owner);
        containers.addTopicTag(ref, new TopicName("ubuntu"), owner);
        assertEquals(Set.of("biology", "ubuntu"), topics(ref, owner));

        containers.removeTopicTag(ref, new TopicName("biology"), owner);
        assertEquals(Set.of("ubuntu"), topics(ref, owner));
        assertThrows(AccessDeniedException.class,
                () -> containers.addTopicTag(ref, new TopicName("spam"), Fixtures.user()));
        assertThrows(NotSignedInException.class,
                () -> containers.addTopicTag(ref, new TopicName("spam"), Caller.anonymous()));
    }

    @Test
    void ownersDeleteContainersAndTheImageStaysForOthers() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container kept = fixtures.container(collection, "kept:latest", owner);
        Container copy = containers.tag(kept.ref(), new Tag("copy"), owner);

        assertThrows(AccessDeniedException.class, () -> containers.delete(copy.ref(), Fixtures.user()));
        containers.delete(copy.ref(), owner);

        assertThrows(ContainerNotFoundException.class, () -> containers.get(copy.ref(), owner));
        assertEquals(kept.version(), containers.get(kept.ref(), owner).version());
    }

    @Test
    void searchingATextOverAThousandNamesContainListsTheFirstHundredInOrderThatTheCallerMaySee() {
        Caller owner = Fixtures.user();
        String word = Fixtures.unique("broad");
        String group = Fixtures.unique("walk");
        CollectionName hidden = fixtures.collection(group + "-0", owner, true);
        CollectionName first = fixtures.collection(group + "-a", owner, false);
        CollectionName second = fixtures.collection(group + "-b", owner, false);
        fixtures.containers(hidden, names(word, 0, 40));
        fixtures.containers(first, names(word, 0, 90));
        fixtures.containers(second, names(word, 0, 900));

        List<String> anonymous = found(search.search(word, ImageFilter.ANY, Caller.anonymous()));
        List<String> own = found(search.search(word, ImageFilter.ANY, owner));

        List<String> expected = new ArrayList<>();
        names(word, 0, 90).forEach(name -> expected.add(first + "/" + name));
        names(word, 0, 10).forEach(name -> expected.add(second + "/" + name));
        assertEquals(expected, anonymous);
        assertEquals(100, own.size());
        assertEquals(hidden + "/" + word + "-0000", own.get(0));
        assertEquals(first + "/" + word + "-0059", own.get(99));
    }

    private static List<String> names(String word, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "%s-%04d".formatted(word, i)).toList();
    }

    private static List<String> found(SearchResult result) {
        return result.containers().stream().map(match -> match.collection() + "/" + match.name()).toList();
    }

    private Set<String> topics(ContainerRef ref, Caller caller) {
        return containers.get(ref, caller).topicTags().stream()
                .map(TopicTag::name).map(TopicName::value).collect(Collectors.toSet());
    }
}
