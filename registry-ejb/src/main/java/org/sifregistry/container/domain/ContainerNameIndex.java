package org.sifregistry.container.domain;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.sifregistry.common.LikePattern;

/**
 * The suffixes of the containers' names ({@code container_name_suffixes}), written and deleted with each container
 * in the caller's transaction. A name contains a text when one of its suffixes starts with it, and the suffixes that
 * start with a text are a range of the table's key: a search reads that range instead of every name (0.3 s for a
 * million names on MariaDB).
 */
@ApplicationScoped
public class ContainerNameIndex {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(Container container) {
        List<String> suffixes = container.name().suffixes();
        Query insert = em.createNativeQuery("INSERT INTO container_name_suffixes (suffix, container_id) VALUES "
                + IntStream.range(0, suffixes.size())
                        .mapToObj(i -> "(?" + (2 * i + 1) + ", ?" + (2 * i + 2) + ")")
                        .collect(Collectors.joining(", ")));
        for (int i = 0; i < suffixes.size(); i++) {
            insert.setParameter(2 * i + 1, suffixes.get(i)).setParameter(2 * i + 2, container.id());
        }
        insert.executeUpdate();
    }

    /** Deletes by the table's key, name suffix and container, as there is no index on the container alone. */
    public void remove(Container container) {
        List<String> suffixes = container.name().suffixes();
        Query delete = em.createNativeQuery("DELETE FROM container_name_suffixes WHERE container_id = ?1 AND suffix IN ("
                + IntStream.range(0, suffixes.size()).mapToObj(i -> "?" + (i + 2)).collect(Collectors.joining(", "))
                + ")");
        delete.setParameter(1, container.id());
        for (int i = 0; i < suffixes.size(); i++) {
            delete.setParameter(i + 2, suffixes.get(i));
        }
        delete.executeUpdate();
    }

    /**
     * The ids of at most {@code max} containers whose name contains {@code text}. LIKE's escape character is the
     * default one, a backslash, on both databases: the SQL of an explicit one differs between them.
     */
    public List<Long> containing(String text, int max) {
        List<?> ids = em.createNativeQuery("SELECT DISTINCT container_id FROM container_name_suffixes WHERE suffix LIKE ?1")
                .setParameter(1, LikePattern.startingWith(text))
                .setMaxResults(max)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
