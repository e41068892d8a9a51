package org.sifregistry.container.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.SearchText;

/** Topic tags as the containers the caller may see carry them, counted and paged in the database. */
@ApplicationScoped
public class TopicRepository {

    private static final String VISIBLE_TOPICS =
            "FROM Container k JOIN k.collection c JOIN k.topicTags t WHERE " + Collection.VISIBLE_TO_CALLER;
    private static final String NAME_MATCHES = " AND t.name LIKE :pattern ESCAPE '\\'";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** The most used first, so the first page of a long list holds the topics that matter most. */
    public List<TopicCount> topics(SearchText search, PageRequest page, Caller caller) {
        return CollectionVisibility.bind(em.createQuery("SELECT t.name, COUNT(DISTINCT k.id) AS carriers "
                        + VISIBLE_TOPICS + NAME_MATCHES + " GROUP BY t.name ORDER BY carriers DESC, t.name",
                        Object[].class), caller)
                .setParameter("pattern", search.likePattern())
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultStream()
                .map(row -> new TopicCount((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    public long countTopics(SearchText search, Caller caller) {
        return CollectionVisibility.bind(em.createQuery("SELECT COUNT(DISTINCT t.name) " + VISIBLE_TOPICS + NAME_MATCHES,
                        Long.class), caller)
                .setParameter("pattern", search.likePattern())
                .getSingleResult();
    }

    public List<ContainerListing> containers(TopicName topic, PageRequest page, Caller caller) {
        return CollectionVisibility.bind(em.createQuery("SELECT " + ContainerListing.COLUMNS + " " + VISIBLE_TOPICS
                        + " AND t.name = :name ORDER BY c.name, k.name, k.tag", Object[].class), caller)
                .setParameter("name", topic.value())
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultStream()
                .map(row -> ContainerListing.of(row, 0))
                .toList();
    }

    public long countContainers(TopicName topic, Caller caller) {
        return CollectionVisibility.bind(em.createQuery("SELECT COUNT(k) " + VISIBLE_TOPICS + " AND t.name = :name",
                        Long.class), caller)
                .setParameter("name", topic.value())
                .getSingleResult();
    }
}
