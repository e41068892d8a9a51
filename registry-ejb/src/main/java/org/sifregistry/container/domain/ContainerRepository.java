package org.sifregistry.container.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.collection.domain.CollectionVisibility;
import org.sifregistry.collection.domain.Held;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.domain.PublicCarriers.Carried;

/** Containers, their labels and topic tags. */
@ApplicationScoped
public class ContainerRepository {

    private static final String VISIBLE = "FROM Container k JOIN k.collection c WHERE " + Collection.VISIBLE_TO_CALLER;

    /**
     * The ids of the containers whose name contains the search text are read from the index of name suffixes, then
     * their rows by id. A text that more than this many names contain is searched collection by collection instead
     * ({@link #searchByNameInOrder}).
     */
    static final int NAME_MATCH_IDS = 1000;

    /**
     * How many collections the first run of a search by name in collection order tests, and at most how many any
     * later run does: each run tests four times as many as the one before.
     */
    private static final int FIRST_COLLECTION_RUN = 8;
    private static final int LONGEST_COLLECTION_RUN = 2048;

    private static final String NAME_MATCHES_IN_COLLECTIONS =
            "c.id IN :collections AND k.name LIKE :pattern ESCAPE '\\'";

    private static final String ID_MATCHES = "k.id IN :ids";

    private static final String COLLECTION_NAME_MATCHES = "c.name LIKE :pattern ESCAPE '\\'";

    @Inject
    private PublicCarriers publicCarriers;

    @Inject
    private ContainerNameIndex names;

    @Inject
    private CollectionRepository collections;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** How many containers wait for the {@code parse-image} job to read their image's header. */
    public long countParsePending() {
        return em.createNamedQuery("Container.countParsePending", Long.class).getSingleResult();
    }

    /** By collection, name and tag; with a version in the reference, by version instead (newest first). */
    public Optional<Container> findByRef(ContainerRef ref) {
        if (ref.version() != null) {
            return em.createNamedQuery("Container.findByVersion", Container.class)
                    .setParameter("collection", ref.collection().value())
                    .setParameter("name", ref.name().value())
                    .setParameter("version", ref.version().version())
                    .setMaxResults(1)
                    .getResultStream().findFirst();
        }
        return em.createNamedQuery("Container.findByRef", Container.class)
                .setParameter("collection", ref.collection().value())
                .setParameter("name", ref.name().value())
                .setParameter("tag", ref.tag().value())
                .getResultStream().findFirst();
    }

    public void add(Container container) {
        em.persist(container);
        em.flush();
        names.add(container);
        collections.addHeld(container.collection(), Held.ofContainer(container.size(), false));
    }

    public void flush() {
        em.flush();
    }

    /**
     * Takes the collection's row first, in the order a push and the download counter take the two, so that a delete
     * cannot deadlock with either. Then locks the container's row and reads it afresh: a header reader recording
     * labels for it meanwhile either finishes before (and its label rows are deleted with it) or finds it gone, and
     * a push that moved its tag or a count of its first pull before is taken away with it.
     */
    public void remove(Container container) {
        collections.lock(container.collection());
        em.refresh(container, LockModeType.PESSIMISTIC_WRITE);
        publicCarriers.containerChanged(container, Carried.by(container), Carried.NOTHING);
        collections.addHeld(container.collection(),
                Held.ofContainer(container.size(), container.downloadCount() > 0).negated());
        names.remove(container);
        em.remove(container);
    }

    public List<Container> page(Collection collection, PageRequest page) {
        return em.createNamedQuery("Container.pageByCollection", Container.class)
                .setParameter("collection", collection)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public List<Container> allOf(Collection collection) {
        return em.createNamedQuery("Container.findByCollection", Container.class)
                .setParameter("collection", collection)
                .getResultList();
    }

    /** The most recently pushed or moved containers the caller may see, read from the top of ix_containers_newest. */
    public List<Container> newest(int limit, Caller caller) {
        return CollectionVisibility.bind(em.createQuery("SELECT k FROM Container k WHERE "
                        + CollectionVisibility.ofContainer("") + " ORDER BY k.updated DESC, k.id DESC",
                        Container.class), caller)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Summed over the visible collections' kept counts: one row per collection, not per container. */
    public long countVisible(Caller caller) {
        Number sum = CollectionVisibility.bind(em.createQuery("SELECT SUM(c.containerCount) FROM Collection c WHERE "
                        + Collection.VISIBLE_TO_CALLER, Number.class), caller)
                .getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    /**
     * Up to {@code limit} of the {@code collection/name} of the containers the caller may see, by collection and then
     * name, after {@code after} (null: from the start): the OCI catalog.
     */
    public List<String> repositoryNames(Caller caller, String after, int limit) {
        CatalogCursor cursor = CatalogCursor.after(after);
        return CatalogCursor.repositories(CollectionVisibility.bind(cursor.bind(em.createQuery(
                        "SELECT DISTINCT c.name, k.name " + VISIBLE + cursor.condition("c.name", "k.name")
                                + " ORDER BY c.name, k.name", Object[].class)), caller)
                .setMaxResults(limit)
                .getResultList());
    }

    /** The tags of one container name, by tag. */
    public List<Container> tagsOf(Collection collection, ContainerName name) {
        return em.createNamedQuery("Container.findByName", Container.class)
                .setParameter("collection", collection)
                .setParameter("name", name.value())
                .getResultList();
    }

    /** One page of the distinct container names of a collection, by name. */
    public List<String> names(Collection collection, PageRequest page) {
        return em.createQuery("SELECT DISTINCT k.name FROM Container k WHERE k.collection = :collection"
                        + " ORDER BY k.name", String.class)
                .setParameter("collection", collection)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long countNames(Collection collection) {
        return em.createQuery("SELECT COUNT(DISTINCT k.name) FROM Container k WHERE k.collection = :collection",
                        Long.class)
                .setParameter("collection", collection)
                .getSingleResult();
    }

    /** The tags of the given container names of a collection, by name and tag, in one query. */
    public List<Container> tagsOf(Collection collection, List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT k FROM Container k WHERE k.collection = :collection AND k.name IN :names"
                        + " ORDER BY k.name, k.tag", Container.class)
                .setParameter("collection", collection)
                .setParameter("names", names)
                .getResultList();
    }

    /**
     * Containers the caller may see whose name or collection name contains {@code query}'s search text, by
     * collection, name and tag. Two queries, each with its text condition on one table, so that the database
     * joins only the rows that matched; one condition over both tables made it join every container first.
     */
    public List<Container> search(CollectionQuery query, int limit, Caller caller) {
        Comparator<Container> order = Comparator.comparing((Container k) -> k.collection().name().value())
                .thenComparing(k -> k.name().value()).thenComparing(k -> k.tag().value());
        return Stream.concat(searchByName(query, limit, caller),
                        searchBy(COLLECTION_NAME_MATCHES, q -> q.setParameter("pattern", query.namePattern()), limit,
                                caller))
                .distinct()
                .sorted(order)
                .limit(limit)
                .toList();
    }

    private Stream<Container> searchByName(CollectionQuery query, int limit, Caller caller) {
        List<Long> ids = names.containing(query.search(), NAME_MATCH_IDS + 1);
        if (ids.isEmpty()) {
            return Stream.empty();
        }
        return ids.size() > NAME_MATCH_IDS
                ? searchByNameInOrder(query, limit, caller)
                : searchBy(ID_MATCHES, q -> q.setParameter("ids", ids), limit, caller);
    }

    /**
     * The first {@code limit} containers whose name contains a text that many names contain, found by testing the
     * names of the visible collections in the order of the answer, in growing runs, until the page is full. A text
     * that most names contain fills it from the first few collections, where testing every name and sorting every
     * match first grew with the registry (bench/README.md). A rarer text still tests them all, in a few queries.
     */
    private Stream<Container> searchByNameInOrder(CollectionQuery query, int limit, Caller caller) {
        List<Container> found = new ArrayList<>();
        String after = "";
        for (int run = FIRST_COLLECTION_RUN; found.size() < limit;
             run = Math.min(run * 4, LONGEST_COLLECTION_RUN)) {
            List<Object[]> collectionRun = CollectionVisibility.bind(em.createQuery("SELECT c.id, c.name"
                            + " FROM Collection c WHERE c.name > :after AND " + Collection.VISIBLE_TO_CALLER
                            + " ORDER BY c.name", Object[].class), caller)
                    .setParameter("after", after)
                    .setMaxResults(run)
                    .getResultList();
            if (collectionRun.isEmpty()) {
                break;
            }
            List<Long> collectionIds = collectionRun.stream().map(row -> (Long) row[0]).toList();
            found.addAll(searchBy(NAME_MATCHES_IN_COLLECTIONS, q -> q.setParameter("collections", collectionIds)
                    .setParameter("pattern", query.namePattern()), limit - found.size(), caller).toList());
            after = (String) collectionRun.get(collectionRun.size() - 1)[1];
        }
        return found.stream();
    }

    /**
     * A search lists each container's collection and its owners (the entity the library client shows): read for all
     * the containers found in one query each, not in one query per container. Not the signatures: EclipseLink 4.0
     * cannot commit a transaction that batch-read an element collection of embeddables (a NullPointerException on
     * an ImageSignature field at commit); {@link #signaturesOf} reads them.
     */
    private Stream<Container> searchBy(String textCondition, UnaryOperator<TypedQuery<Container>> bindText, int limit,
                                       Caller caller) {
        return bindText.apply(CollectionVisibility.bind(em.createQuery("SELECT k " + VISIBLE + " AND " + textCondition
                        + " ORDER BY c.name, k.name, k.tag", Container.class), caller))
                .setMaxResults(limit)
                .setHint("eclipselink.batch", "k.collection")
                .setHint("eclipselink.batch", "k.collection.owners")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList().stream();
    }

    /**
     * What a search lists of the signatures of each of {@code found} that has any, in one query: as each container's
     * own (lazy) list they took one query per container, a hundred for a search. Not as the embeddables themselves:
     * EclipseLink fails to commit those too.
     */
    public Map<Long, List<SignatureSummary>> signaturesOf(List<Container> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT k.id, s.signer, s.trust, s.check FROM Container k JOIN k.signatures s"
                        + " WHERE k.id IN :ids", Object[].class)
                .setParameter("ids", found.stream().map(Container::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(
                        row -> new SignatureSummary((String) row[1], (SignatureTrust) row[2], (SignatureCheck) row[3]),
                        Collectors.toList())));
    }

    /** The shared row for a topic word, if some container carries it or once did. */
    public Optional<TopicTag> findTopicTag(TopicName name) {
        return em.createNamedQuery("TopicTag.findByName", TopicTag.class)
                .setParameter("name", name.value())
                .getResultStream().findFirst();
    }

    public Optional<Label> findLabel(String key, String value) {
        return em.createNamedQuery("Label.find", Label.class)
                .setParameter("key", key)
                .setParameter("value", value)
                .getResultStream().findFirst();
    }

    /** Locks the container's row until the transaction ends, so that two readers of its image write one after the other. */
    public Optional<Container> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Container.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The ids of the containers with a signature by one of {@code signers} (fingerprints or key ids). */
    public List<Long> signedBy(List<String> signers) {
        return em.createQuery("SELECT DISTINCT k.id FROM Container k JOIN k.signatures s WHERE s.signer IN :signers",
                        Long.class)
                .setParameter("signers", signers)
                .getResultList();
    }

    /** The ids of the containers with a signature that names no signer: X.509 and PEM-key (DSSE) signatures. */
    public List<Long> signedByUnnamed() {
        return em.createQuery("SELECT DISTINCT k.id FROM Container k JOIN k.signatures s WHERE s.signer IS NULL",
                        Long.class)
                .getResultList();
    }

    public Optional<Container> find(long id) {
        return Optional.ofNullable(em.find(Container.class, id));
    }

    /** The collection of each of these containers that exists, by the container's id. */
    public Map<Long, Long> collectionIdsOf(Set<Long> containerIds) {
        if (containerIds.isEmpty()) {
            return Map.of(); // IN () is no SQL MariaDB takes
        }
        return em.createQuery("SELECT k.id, k.collection.id FROM Container k WHERE k.id IN :ids", Object[].class)
                .setParameter("ids", containerIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
