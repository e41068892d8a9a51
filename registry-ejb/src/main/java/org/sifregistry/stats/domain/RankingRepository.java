package org.sifregistry.stats.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.SearchText;
import org.sifregistry.container.domain.ContainerListing;

/**
 * Sizes, stars and downloads of what the caller may see, summed, ranked and paged in the database; the search text
 * narrows every figure to collections whose name contains it.
 */
@ApplicationScoped
public class RankingRepository {

    private static final String COLLECTION_MATCHES = " AND c.name LIKE :pattern ESCAPE '\\'";
    private static final String VISIBLE_COLLECTIONS = "FROM Collection c WHERE "
            + Collection.VISIBLE_TO_CALLER + COLLECTION_MATCHES;
    /**
     * From the counts each collection keeps, so that only a collection with neither containers nor bytes (none, or
     * only empty OCI blobs) is looked into: at 10,000 collections, 3 ms instead of 78 for looking into each.
     */
    private static final String HOLDING_CONTENT = " AND (c.containerCount > 0 OR c.storedBytes > 0"
            + " OR EXISTS (SELECT b FROM ArtifactBlob b WHERE b.collection = c))";
    /** Containers ranked by an indexed column: read in that index's order (see CollectionVisibility#ofContainer). */
    private static final String RANKED_CONTAINERS = "FROM Container k WHERE "
            + CollectionVisibility.ofContainer(COLLECTION_MATCHES);
    private static final String RANKED_COLUMNS = ContainerListing.columns("k.collection");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private PublicDownloadDays publicDays;

    /**
     * Collections by the bytes they hold (every tag's image, and every OCI blob, a container image's layer or a
     * signature, linked in a repository), the largest first: from the counts each collection keeps.
     */
    public List<CollectionSize> collectionSizes(SearchText search, PageRequest page, Caller caller) {
        TypedQuery<Collection> query = em.createQuery("SELECT c " + VISIBLE_COLLECTIONS + HOLDING_CONTENT
                + " ORDER BY c.storedBytes DESC, c.name", Collection.class);
        return paged(query, search, page, caller).getResultStream()
                .map(c -> new CollectionSize(c.name().value(), c.isPrivate(), c.containerCount(), c.storedBytes()))
                .toList();
    }

    /** How many collections hold at least one container or OCI blob. */
    public long countCollectionsHoldingContent(SearchText search, Caller caller) {
        return filtered(em.createQuery("SELECT COUNT(c) " + VISIBLE_COLLECTIONS + HOLDING_CONTENT, Long.class),
                search, caller).getSingleResult();
    }

    public SizeTotals sizeTotals(SearchText search, Caller caller) {
        Object[] totals = filtered(em.createQuery("SELECT SUM(c.containerCount), SUM(c.storedBytes) "
                + VISIBLE_COLLECTIONS, Object[].class), search, caller).getSingleResult();
        return new SizeTotals(number(totals[0]), number(totals[1]));
    }

    /**
     * The largest first; of equal size, the latest pushed first (ix_containers_size holds this order). The condition
     * on the size, always true, is what makes MariaDB start from that index rather than from the collections.
     */
    public List<ContainerListing> largestContainers(SearchText search, PageRequest page, Caller caller) {
        return listings("SELECT " + RANKED_COLUMNS + " " + RANKED_CONTAINERS
                + " AND k.size >= 0 ORDER BY k.size DESC, k.id DESC", search, page, caller);
    }

    public long countContainers(SearchText search, Caller caller) {
        return number(filtered(em.createQuery("SELECT SUM(c.containerCount) " + VISIBLE_COLLECTIONS, Number.class),
                search, caller).getSingleResult());
    }

    /**
     * Containers pulled at least once, the most pulled first; of equally pulled ones, the latest pushed first
     * (ix_containers_downloads holds this order).
     */
    public List<ContainerListing> mostPulledContainers(SearchText search, PageRequest page, Caller caller) {
        return listings("SELECT " + RANKED_COLUMNS + " " + RANKED_CONTAINERS
                + " AND k.downloadCount > 0 ORDER BY k.downloadCount DESC, k.id DESC", search, page, caller);
    }

    public long countPulledContainers(SearchText search, Caller caller) {
        return number(filtered(em.createQuery("SELECT SUM(c.pulledContainers) " + VISIBLE_COLLECTIONS, Number.class),
                search, caller).getSingleResult());
    }

    /** Collections starred at least once, the most starred first. */
    public List<Collection> mostStarredCollections(SearchText search, PageRequest page, Caller caller) {
        return paged(em.createQuery("SELECT c " + VISIBLE_COLLECTIONS
                + " AND c.starCount > 0 ORDER BY c.starCount DESC, c.name", Collection.class), search, page, caller)
                .getResultList();
    }

    public long countStarredCollections(SearchText search, Caller caller) {
        return filtered(em.createQuery("SELECT COUNT(c) " + VISIBLE_COLLECTIONS + " AND c.starCount > 0", Long.class),
                search, caller).getSingleResult();
    }

    /** Collections pulled from at least once, the most pulled first. */
    public List<Collection> mostPulledCollections(SearchText search, PageRequest page, Caller caller) {
        return paged(em.createQuery("SELECT c " + VISIBLE_COLLECTIONS
                + " AND c.downloadCount > 0 ORDER BY c.downloadCount DESC, c.name", Collection.class), search, page,
                caller).getResultList();
    }

    public long countPulledCollections(SearchText search, Caller caller) {
        return filtered(em.createQuery("SELECT COUNT(c) " + VISIBLE_COLLECTIONS + " AND c.downloadCount > 0",
                Long.class), search, caller).getSingleResult();
    }

    /**
     * The pulls of each day from {@code from} to {@code to}, both included; days without pulls are missing. Pulls
     * of deleted collections are left out with them: whether the caller may see them can no longer be told. Unless
     * searched, the public collections' pulls are read from their kept days and only the private collections the
     * caller may see are summed from their containers' days (none for a visitor).
     */
    public Map<LocalDate, Long> pullsPerDay(LocalDate from, LocalDate to, SearchText search, Caller caller) {
        if (!search.value().isEmpty()) {
            return pullsPerDay("", from, to, search, caller);
        }
        Map<LocalDate, Long> pulls = new HashMap<>(publicDays.between(from, to));
        if (!caller.isAnonymous()) {
            pullsPerDay(" AND c.privateCollection = TRUE", from, to, search, caller)
                    .forEach((day, count) -> pulls.merge(day, count, Long::sum));
        }
        return pulls;
    }

    private Map<LocalDate, Long> pullsPerDay(String alsoOfCollection, LocalDate from, LocalDate to, SearchText search,
                                             Caller caller) {
        TypedQuery<Object[]> query = em.createQuery("SELECT d.day, SUM(d.downloads) FROM DailyDownloads d, Collection c"
                + " WHERE c.id = d.collectionId AND d.day BETWEEN :from AND :to AND " + Collection.VISIBLE_TO_CALLER
                + COLLECTION_MATCHES + alsoOfCollection + " GROUP BY d.day", Object[].class);
        return filtered(query, search, caller)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .collect(Collectors.toMap(row -> (LocalDate) row[0], row -> number(row[1])));
    }

    private List<ContainerListing> listings(String jpql, SearchText search, PageRequest page, Caller caller) {
        return paged(em.createQuery(jpql, Object[].class), search, page, caller).getResultStream()
                .map(row -> ContainerListing.of(row, 0))
                .toList();
    }

    private static <T> TypedQuery<T> paged(TypedQuery<T> query, SearchText search, PageRequest page, Caller caller) {
        return filtered(query, search, caller).setFirstResult(page.offset()).setMaxResults(page.limit());
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, SearchText search, Caller caller) {
        return CollectionVisibility.bind(query, caller).setParameter("pattern", search.likePattern());
    }

    /** Counts and sums come back as Long or, from some databases' SUM, BigDecimal; null when nothing was summed. */
    private static long number(Object aggregate) {
        return aggregate == null ? 0 : ((Number) aggregate).longValue();
    }
}
