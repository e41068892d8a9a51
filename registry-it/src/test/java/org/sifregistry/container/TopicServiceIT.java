package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.TopicService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.container.domain.TopicCount;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

/** Topic tags with their counts, and a topic's containers, among what the caller may see. */
@ExtendWith(ArquillianExtension.class)
class TopicServiceIT {

    private static final PageRequest ALL = PageRequest.first(50);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("topic-service-it", TopicServiceIT.class);
    }

    @EJB
    private TopicService topics;

    @EJB
    private ContainerService containers;

    @EJB
    private CollectionService collections;

    @Inject
    private Fixtures fixtures;

    @Test
    void countsTheContainersOfEachTopicTheMostUsedFirst() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        String prefix = Fixtures.unique("topic");
        String os = prefix + "-os";
        String biology = prefix + "-biology";
        Container first = fixtures.read(collection, "first:v1", owner, Map.of(), os);
        Container second = fixtures.read(collection, "second:v1", owner, Map.of(), os);
        containers.addTopicTag(second.ref(), new TopicName(biology), owner);
        Caller visitor = Caller.anonymous();

        assertEquals(List.of(new TopicCount(os, 2), new TopicCount(biology, 1)), topics.topics(prefix, ALL, visitor));
        assertEquals(2, topics.countTopics(prefix, visitor));
        assertEquals(List.of(first.ref(), second.ref()),
                topics.containers(os, ALL, visitor).stream().map(ContainerListing::ref).toList());
        assertEquals(2, topics.countContainers(os, visitor));
        assertEquals(List.of(second.ref()),
                topics.containers(biology, ALL, visitor).stream().map(ContainerListing::ref).toList());
    }

    @Test
    void aPrivateCollectionsTopicsAreSeenOnlyByItsOwnerAndAdmins() {
        Caller owner = Fixtures.user();
        CollectionName hidden = fixtures.collection(owner, true);
        String topic = Fixtures.unique("hidden-topic");
        Container container = fixtures.read(hidden, "hidden:v1", owner, Map.of(), topic);

        for (Caller outsider : List.of(Caller.anonymous(), Fixtures.user())) {
            assertTrue(topics.topics(topic, ALL, outsider).isEmpty(), outsider + " sees no such topic");
            assertEquals(0, topics.countTopics(topic, outsider));
            assertTrue(topics.containers(topic, ALL, outsider).isEmpty());
            assertEquals(0, topics.countContainers(topic, outsider));
        }
        for (Caller insider : List.of(owner, Caller.admin(Fixtures.unique("admin")))) {
            assertEquals(List.of(new TopicCount(topic, 1)), topics.topics(topic, ALL, insider));
            assertEquals(List.of(container.ref()),
                    topics.containers(topic, ALL, insider).stream().map(ContainerListing::ref).toList());
        }
    }

    @Test
    void theCountsFollowTopicsTagsContainersAndPrivacyAsTheyChange() {
        Caller owner = Fixtures.user();
        CollectionName open = fixtures.collection(owner, false);
        CollectionName hidden = fixtures.collection(owner, true);
        String topic = Fixtures.unique("changing-topic");
        Container first = fixtures.read(open, "first:v1", owner, Map.of(), topic);
        Container second = fixtures.read(open, "second:v1", owner, Map.of(), topic);
        Container third = fixtures.read(open, "third:v1", owner, Map.of(), topic);
        fixtures.read(hidden, "fourth:v1", owner, Map.of(), topic);
        Caller visitor = Caller.anonymous();
        assertEquals(List.of(new TopicCount(topic, 3)), topics.topics(topic, ALL, visitor));
        assertEquals(List.of(new TopicCount(topic, 4)), topics.topics(topic, ALL, owner), "with the private one");

        containers.removeTopicTag(first.ref(), new TopicName(topic), owner);
        assertEquals(List.of(new TopicCount(topic, 2)), topics.topics(topic, ALL, visitor), "a topic taken off");
        containers.delete(second.ref(), owner);
        assertEquals(List.of(new TopicCount(topic, 1)), topics.topics(topic, ALL, visitor), "a container deleted");
        fixtures.container(open, "third:v1", owner, Fixtures.unique("other bytes").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), topics.topics(topic, ALL, visitor), "a tag moved to an image not yet read");
        assertEquals(0, topics.countTopics(topic, visitor));

        collections.describe(hidden, null, false, owner);
        assertEquals(List.of(new TopicCount(topic, 1)), topics.topics(topic, ALL, visitor), "a collection made public");
        collections.describe(hidden, null, true, owner);
        assertEquals(List.of(), topics.topics(topic, ALL, visitor), "made private again");
        assertEquals(List.of(new TopicCount(topic, 1)), topics.topics(topic, ALL, owner));
        containers.addTopicTag(third.ref(), new TopicName(topic), owner);
        assertEquals(List.of(new TopicCount(topic, 2)), topics.topics(topic, ALL, owner), "a topic added");
        assertEquals(List.of(new TopicCount(topic, 1)), topics.topics(topic, ALL, visitor));
    }

    @Test
    void aTextThatIsNoTopicNameTagsNothing() {
        assertTrue(topics.containers("not a topic!", ALL, Caller.anonymous()).isEmpty());
        assertEquals(0, topics.countContainers("not a topic!", Caller.anonymous()));
    }
}
