package org.sifregistry.container.application;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.SearchText;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.container.domain.TopicCount;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.container.domain.TopicRepository;

/**
 * Browsing containers by topic tag: every topic with how many containers carry it, and a topic's containers. Only
 * what the caller may see is listed or counted; each list is paged in the database.
 */
@Stateless
public class TopicService {

    @Inject
    private TopicRepository topics;

    /** Topics containing {@code search}, the most used first. */
    public List<TopicCount> topics(String search, PageRequest page, Caller caller) {
        return topics.topics(SearchText.of(search), page, caller);
    }

    public long countTopics(String search, Caller caller) {
        return topics.countTopics(SearchText.of(search), caller);
    }

    /** The containers tagged {@code topic}, by reference; a text that is no topic name tags nothing. */
    public List<ContainerListing> containers(String topic, PageRequest page, Caller caller) {
        return topicName(topic).map(name -> topics.containers(name, page, caller)).orElse(List.of());
    }

    public long countContainers(String topic, Caller caller) {
        return topicName(topic).map(name -> topics.countContainers(name, caller)).orElse(0L);
    }

    private static Optional<TopicName> topicName(String text) {
        try {
            return Optional.of(new TopicName(text));
        } catch (InvalidInputException notATopicName) {
            return Optional.empty();
        }
    }
}
