package org.sifregistry.stats.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Staged download events and the counters they are folded into; joins the calling service's transaction. */
@ApplicationScoped
public class DownloadRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Those of {@code eventIds} staged already. */
    public List<String> stagedAmong(Collection<String> eventIds) {
        return em.createNamedQuery("DownloadEvent.stagedAmong", String.class)
                .setParameter("eventIds", eventIds)
                .getResultList();
    }

    public void stage(DownloadEvent event) {
        em.persist(event);
    }

    public List<Long> uncountedIds(long afterId, int limit) {
        return em.createNamedQuery("DownloadEvent.uncountedIds", Long.class)
                .setParameter("afterId", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countUncounted() {
        return em.createNamedQuery("DownloadEvent.countUncounted", Long.class).getSingleResult();
    }

    /** Those of {@code ids} not counted yet, locked until the transaction ends so that no other fold counts them. */
    public List<DownloadEvent> lockUncounted(Collection<Long> ids) {
        return em.createNamedQuery("DownloadEvent.uncountedAmong", DownloadEvent.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public int purgeCountedBefore(Instant cutoff) {
        return em.createNamedQuery("DownloadEvent.purgeCounted").setParameter("cutoff", cutoff).executeUpdate();
    }

    public Optional<DailyDownloads> findDay(long containerId, LocalDate day) {
        return em.createNamedQuery("DailyDownloads.find", DailyDownloads.class)
                .setParameter("containerId", containerId)
                .setParameter("day", day)
                .getResultStream().findFirst();
    }

    public void addDay(DailyDownloads day) {
        em.persist(day);
    }

    public List<DailyDownloads> daysOf(long containerId) {
        return em.createNamedQuery("DailyDownloads.ofContainer", DailyDownloads.class)
                .setParameter("containerId", containerId)
                .getResultList();
    }
}
