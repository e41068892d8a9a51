package org.sifregistry.quota.domain;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What an account holds: the distinct contents (by digest) of the uploaded images and the linked OCI blobs of the
 * collections that count against it. A collection shared with teams counts against those teams; any other, against
 * each of its owners. Joins the calling service's transaction.
 */
@ApplicationScoped
public class UsageRepository {

    private static final String USER_COLLECTIONS = """
            JOIN x.collection c JOIN c.owners o WHERE o.id = :holder AND c.teams IS EMPTY""";
    private static final String TEAM_COLLECTIONS = "JOIN x.collection c JOIN c.teams t WHERE t.id = :holder";

    /** Where content is held: uploaded images (an announced one holds nothing yet) and linked blobs. */
    private static final Map<String, String> HELD = Map.of("Image x", " AND x.uploaded = TRUE", "ArtifactBlob x", "");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** The bytes the holder holds, each content counted once however many images and blobs have it. */
    public long usage(QuotaHolder holder) {
        Map<String, Long> sizes = new HashMap<>();
        for (Map.Entry<String, String> held : HELD.entrySet()) {
            em.createQuery("SELECT DISTINCT x.version, x.size FROM " + held.getKey() + " " + collections(holder)
                            + held.getValue(), Object[].class)
                    .setParameter("holder", holder.id())
                    .getResultStream()
                    .forEach(row -> sizes.merge((String) row[0], (Long) row[1], Math::max));
        }
        return sizes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether the holder holds the content with this version ({@code sha256.<hex>}) already. */
    public boolean holds(QuotaHolder holder, String version) {
        for (Map.Entry<String, String> held : HELD.entrySet()) {
            long count = em.createQuery("SELECT COUNT(x) FROM " + held.getKey() + " " + collections(holder)
                            + held.getValue() + " AND x.version = :version", Long.class)
                    .setParameter("holder", holder.id())
                    .setParameter("version", version)
                    .getSingleResult();
            if (count > 0) {
                return true;
            }
        }
        return false;
    }

    private static String collections(QuotaHolder holder) {
        return holder.kind() == QuotaHolder.Kind.USER ? USER_COLLECTIONS : TEAM_COLLECTIONS;
    }
}
