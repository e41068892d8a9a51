package org.sifregistry.stats.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * The pulls of one container on one day (UTC), for the charts. Plain ids rather than relations: the history of
 * pulls outlives a deleted container, and a collection's chart sums its rows without a join.
 */
@Entity
@Table(name = "download_days",
        uniqueConstraints = @UniqueConstraint(name = "uk_download_day", columnNames = {"container_id", "download_day"}),
        indexes = {@Index(name = "ix_download_days_collection", columnList = "collection_id, download_day"),
                // The chart of pulls over time sums the days of a period across all containers
                @Index(name = "ix_download_days_day", columnList = "download_day")})
@NamedQuery(name = "DailyDownloads.find", query = """
        SELECT d FROM DailyDownloads d WHERE d.containerId = :containerId AND d.day = :day""")
@NamedQuery(name = "DailyDownloads.ofContainer", query = """
        SELECT d FROM DailyDownloads d WHERE d.containerId = :containerId ORDER BY d.day""")
public class DailyDownloads {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "container_id", nullable = false)
    private long containerId;

    @Column(name = "collection_id", nullable = false)
    private long collectionId;

    @Column(name = "download_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private long downloads;

    protected DailyDownloads() {
    }

    public DailyDownloads(long containerId, long collectionId, LocalDate day) {
        this.containerId = containerId;
        this.collectionId = collectionId;
        this.day = day;
    }

    public void add(long count) {
        downloads += count;
    }

    public LocalDate day() {
        return day;
    }

    public long downloads() {
        return downloads;
    }
}
