package org.sifregistry.container.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.SearchText;

/** Topic tags as the containers the caller may see carry them, counted and paged. */
@ApplicationScoped
public class TopicRepository {

    private static final String VISIBLE_TOPICS =
            "FROM Container k JOIN k.collection c JOIN k.topicTags t WHERE " + Collection.VISIBLE_TO_CALLER;
    private static final String NAME_MATCHES = " AND t.name LIKE :pattern ESCAPE '\\'";
    private static final Comparator<TopicCount> MOST_USED_FIRST =
            Comparator.comparingLong(TopicCount::containers).reversed().thenComparing(TopicCount::name);

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** The most used first, so the first page of a long list holds the topics that matter most. */
    public List<TopicCount> topics(SearchText search, PageRequest page, Caller caller) {
        return counted(search, caller).stream().skip(page.offset()).limit(page.limit()).toList();
    }

    public long countTopics(SearchText search, Caller caller) {
        return counted(search, caller).size();
    }

    /**
     * Every topic the caller may see with its carriers, the most used first: the counts kept for the public
     * collections ({@link PublicCarriers}: one row per topic, however many containers), plus the carriers in the
     * private collections the caller may see, counted now (none for a visitor, their own and shared ones for most).
     */
    private List<TopicCount> counted(SearchText search, Caller caller) {
        Map<String, Long> carriers = new HashMap<>();
        em.createQuery("SELECT t.name, t.publicCarriers FROM TopicTag t WHERE t.publicCarriers > 0"
                        + NAME_MATCHES, Object[].class)
                .setParameter("pattern", search.likePattern())
                .getResultStream()
                .forEach(row -> carriers.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        if (!caller.isAnonymous()) {
            CollectionVisibility.bind(em.createQuery("SELECT t.name, COUNT(k) " + VISIBLE_TOPICS
                            + " AND c.privateCollection = TRUE" + NAME_MATCHES + " GROUP BY t.name", Object[].class), caller)
                    .setParameter("pattern", search.likePattern())
                    .getResultStream()
                    .forEach(row -> carriers.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        }
        return carriers.entrySet().stream()
                .map(e -> new TopicCount(e.getKey(), e.getValue()))
                .sorted(MOST_USED_FIRST)
                .toList();
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
