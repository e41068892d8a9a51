package org.sifregistry.retention.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.RetentionPolicy;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.Image;

/** What retention reads: the collections with rules, and their tags and untagged images as the planner needs them. */
@ApplicationScoped
public class RetentionRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /**
     * The collections some rule applies to: those not protected, and of them, while the site has no default rules,
     * only those with at least one rule of their own.
     */
    public List<Collection> collectionsUnder(RetentionPolicy siteDefault) {
        return em.createQuery("""
                SELECT c FROM Collection c WHERE c.protectedCollection = FALSE AND (:siteRules = TRUE
                OR c.retentionKeepTags IS NOT NULL OR c.retentionUnpulledDays IS NOT NULL
                OR c.retentionUntaggedDays IS NOT NULL) ORDER BY c.name""", Collection.class)
                .setParameter("siteRules", !siteDefault.isNone())
                .getResultList();
    }

    public List<Container> tagsOf(Collection collection) {
        return em.createQuery("SELECT k FROM Container k WHERE k.collection = :collection", Container.class)
                .setParameter("collection", collection)
                .getResultList();
    }

    /** The tags with their last pull: the start of the last day a download of them was counted (none: never). */
    public List<RetentionPlanner.TagState> tagStatesOf(Collection collection) {
        Map<Long, Instant> lastPulled = new HashMap<>();
        em.createQuery("""
                SELECT d.containerId, MAX(d.day) FROM DailyDownloads d
                WHERE d.containerId IN (SELECT k.id FROM Container k WHERE k.collection = :collection)
                GROUP BY d.containerId""", Object[].class)
                .setParameter("collection", collection)
                .getResultList()
                .forEach(row -> lastPulled.put((Long) row[0], ((LocalDate) row[1]).atStartOfDay(ZoneOffset.UTC)
                        .toInstant()));
        return tagsOf(collection).stream().map(k -> new RetentionPlanner.TagState(k.id(), k.name().value(),
                k.tag().value(), k.version(), k.size(), k.isFrozen(), k.updated(), lastPulled.get(k.id()))).toList();
    }

    /** The uploaded images of the collection that no tag of their name has. */
    public List<Image> untaggedOf(Collection collection) {
        return em.createQuery("""
                SELECT i FROM Image i WHERE i.collection = :collection AND i.uploaded = TRUE AND NOT EXISTS
                (SELECT k FROM Container k WHERE k.collection = i.collection AND k.name = i.name
                AND k.version = i.version)""", Image.class)
                .setParameter("collection", collection)
                .getResultList();
    }
}
