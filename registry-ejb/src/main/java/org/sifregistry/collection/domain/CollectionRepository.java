package org.sifregistry.collection.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.SqlBoolean;

/** Collections; every list is filtered by what the caller may see and paged in the database. */
@ApplicationScoped
public class CollectionRepository {

    private static final String VISIBLE_MATCHING = "FROM Collection c WHERE " + Collection.VISIBLE_TO_CALLER
            + " AND c.name LIKE :pattern ESCAPE '\\'";
    // Owners and contributors always see their collections, so this needs no visibility condition of its own.
    private static final String OF_MEMBER = "FROM Collection c WHERE " + Collection.OWNED_OR_CONTRIBUTED_BY_USER;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<Collection> findByName(CollectionName name) {
        return em.createNamedQuery("Collection.findByName", Collection.class)
                .setParameter("name", name.value())
                .getResultStream().findFirst();
    }

    public Collection getByName(CollectionName name) {
        return findByName(name).orElseThrow(() -> new CollectionNotFoundException(name));
    }

    /** The collection if the caller may see it; one that exists but is hidden reads as missing. */
    public Optional<Collection> findVisible(CollectionName name, Caller caller) {
        return findByName(name).filter(c -> c.isVisibleTo(caller));
    }

    public Collection getVisible(CollectionName name, Caller caller) {
        return findVisible(name, caller).orElseThrow(() -> new CollectionNotFoundException(name));
    }

    /**
     * The collection if the caller may change it, checked in the order every change is: a sign-in (401, whatever
     * the name, so that nothing is learnt without one), then visibility (404), then the owner's right (403).
     */
    public Collection getManageable(CollectionName name, Caller caller) {
        caller.requireSignedIn();
        Collection collection = getVisible(name, caller);
        collection.requireManageableBy(caller);
        return collection;
    }

    /**
     * The collection if the caller may change it, its row locked until the transaction ends. A push adds rows under
     * the collection and then marks it changed; two pushes that had both added theirs would wait for each other.
     */
    public Collection getManageableForPush(CollectionName name, Caller caller) {
        Collection collection = getManageable(name, caller);
        lock(collection);
        return collection;
    }

    public void add(Collection collection) {
        em.persist(collection);
        em.flush();
    }

    public void remove(Collection collection) {
        em.remove(collection);
    }

    public List<Collection> page(CollectionQuery query, PageRequest page, Caller caller) {
        TypedQuery<Collection> select = em.createQuery("SELECT c " + VISIBLE_MATCHING + query.filterConditions()
                + " ORDER BY " + query.sort().orderBy(query.descending()), Collection.class);
        return visibleTo(select, query, caller)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long count(CollectionQuery query, Caller caller) {
        return visibleTo(em.createQuery("SELECT COUNT(c) " + VISIBLE_MATCHING + query.filterConditions(), Long.class),
                        query, caller)
                .getSingleResult();
    }

    /** One page of the collections the user owns or contributes to, the latest updated first. */
    public List<Collection> pageOfMember(String username, PageRequest page) {
        return em.createQuery("SELECT c " + OF_MEMBER + " ORDER BY c.updated DESC, c.name", Collection.class)
                .setParameter("username", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long countOfMember(String username) {
        return em.createQuery("SELECT COUNT(c) " + OF_MEMBER, Long.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    /**
     * The library entities whose names contain {@code query}'s search text, among the owners and teams of the
     * collections the caller may see, by name: whom {@code apptainer search} lists as entities. The users and teams
     * whose name matches are found first, then one visible collection of each: joining every visible collection's
     * owners first took 26 ms with 10,000 collections on MariaDB.
     */
    public List<String> entitiesMatching(CollectionQuery query, int limit, Caller caller) {
        String visible = "SELECT e.%1$s FROM %2$s e WHERE e.%1$s LIKE :pattern ESCAPE '\\' AND EXISTS"
                + " (SELECT c FROM Collection c JOIN c.%3$s m WHERE m = e AND " + Collection.VISIBLE_TO_CALLER + ")";
        Stream<String> owners = visibleTo(em.createQuery(visible.formatted("username", "UserAccount", "owners"),
                String.class), query, caller).getResultStream();
        Stream<String> teams = visibleTo(em.createQuery(visible.formatted("name", "Team", "teams"), String.class),
                query, caller).getResultStream();
        return Stream.concat(owners, teams).distinct().sorted().limit(limit).toList();
    }

    public void addStars(Collection collection, int delta) {
        em.createQuery("UPDATE Collection c SET c.starCount = c.starCount + :delta WHERE c.id = :id")
                .setParameter("delta", (long) delta)
                .setParameter("id", collection.id())
                .executeUpdate();
    }

    /**
     * Whether the collection is private as committed now, its row locked until the transaction ends: a change of its
     * privacy, which writes that row, then waits for what the caller counts by it, or the caller waits and sees it.
     */
    public boolean isPrivateLocked(long collectionId) {
        return SqlBoolean.of(em.createNativeQuery("SELECT private_collection FROM collections WHERE id = ?1 FOR UPDATE")
                .setParameter(1, collectionId)
                .getSingleResult());
    }

    /** Changes the counts the collection keeps of what it holds, in one statement. */
    public void addHeld(Collection collection, Held change) {
        em.createQuery("UPDATE Collection c SET c.containerCount = c.containerCount + :containers,"
                        + " c.pulledContainers = c.pulledContainers + :pulled,"
                        + " c.storedBytes = c.storedBytes + :bytes WHERE c.id = :id")
                .setParameter("containers", change.containers())
                .setParameter("pulled", change.pulledContainers())
                .setParameter("bytes", change.bytes())
                .setParameter("id", collection.id())
                .executeUpdate();
    }

    /** Locks the collection's row until the transaction ends, as a push does before it changes what it holds. */
    public void lock(Collection collection) {
        em.lock(collection, LockModeType.PESSIMISTIC_WRITE);
    }

    private static <T> TypedQuery<T> visibleTo(TypedQuery<T> query, CollectionQuery filter, Caller caller) {
        return CollectionVisibility.bind(query, caller)
                .setParameter("pattern", filter.namePattern());
    }
}
