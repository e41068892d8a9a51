package org.sifregistry.stats.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The pulls of each day in public collections ({@link PublicDailyDownloads}); joins the caller's transaction. */
@ApplicationScoped
public class PublicDownloadDays {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public boolean exists(LocalDate day) {
        return em.find(PublicDailyDownloads.class, day) != null;
    }

    /** Which of {@code days} have a row. */
    public List<LocalDate> existing(Collection<LocalDate> days) {
        return em.createQuery("SELECT p.day FROM PublicDailyDownloads p WHERE p.day IN :days", LocalDate.class)
                .setParameter("days", days)
                .getResultList();
    }

    /** A row of no pulls for {@code day}, written at once: a row made meanwhile elsewhere fails it. */
    public void create(LocalDate day) {
        em.persist(new PublicDailyDownloads(day));
        em.flush();
    }

    /** The days of the collection's pulls, from its containers' rows (deleted containers' too). */
    public List<LocalDate> daysOf(long collectionId) {
        return em.createQuery("SELECT DISTINCT d.day FROM DailyDownloads d WHERE d.collectionId = :id",
                        LocalDate.class)
                .setParameter("id", collectionId)
                .getResultList();
    }

    public void add(LocalDate day, long downloads) {
        em.createQuery("UPDATE PublicDailyDownloads p SET p.downloads = p.downloads + :downloads WHERE p.day = :day")
                .setParameter("downloads", downloads)
                .setParameter("day", day)
                .executeUpdate();
    }

    /** Adds ({@code sign} 1) or takes away (-1) every day's pulls of the collection, in one statement. */
    public void addCollection(long collectionId, int sign) {
        em.createNativeQuery("UPDATE public_download_days SET downloads = downloads + ?1 * (SELECT SUM(d.downloads)"
                        + " FROM download_days d WHERE d.collection_id = ?2"
                        + " AND d.download_day = public_download_days.download_day)"
                        + " WHERE download_day IN (SELECT d.download_day FROM download_days d WHERE d.collection_id = ?3)")
                .setParameter(1, sign)
                .setParameter(2, collectionId)
                .setParameter(3, collectionId)
                .executeUpdate();
    }

    /** The pulls of each day from {@code from} to {@code to}, both included; days without a row are missing. */
    public Map<LocalDate, Long> between(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT p.day, p.downloads FROM PublicDailyDownloads p"
                        + " WHERE p.day BETWEEN :from AND :to", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .collect(Collectors.toMap(row -> (LocalDate) row[0], row -> (Long) row[1]));
    }
}
