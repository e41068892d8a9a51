package org.sifregistry.stats.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.common.UnseenByLookups;

/**
 * One pull, staged from the download queue. The unique event id turns a redelivered message into a no-op; a counted
 * event stays a while (see {@code collect-garbage}) so that a late redelivery still finds it. Staged on every pull,
 * and read by nothing a lookup answers, so staging keeps the lookups' kept answers; counting changes the counters,
 * which does not.
 */
@Entity
@UnseenByLookups
@Table(name = "download_events",
        uniqueConstraints = @UniqueConstraint(name = "uk_download_event", columnNames = "event_id"),
        indexes = @Index(name = "ix_download_events_counted", columnList = "counted, id"))
@NamedQuery(name = "DownloadEvent.stagedAmong", query = """
        SELECT e.eventId FROM DownloadEvent e WHERE e.eventId IN :eventIds""")
@NamedQuery(name = "DownloadEvent.uncountedIds", query = """
        SELECT e.id FROM DownloadEvent e WHERE e.counted = FALSE AND e.id > :afterId ORDER BY e.id""")
@NamedQuery(name = "DownloadEvent.countUncounted", query = """
        SELECT COUNT(e) FROM DownloadEvent e WHERE e.counted = FALSE""")
@NamedQuery(name = "DownloadEvent.uncountedAmong", query = """
        SELECT e FROM DownloadEvent e WHERE e.id IN :ids AND e.counted = FALSE""")
@NamedQuery(name = "DownloadEvent.purgeCounted", query = """
        DELETE FROM DownloadEvent e WHERE e.counted = TRUE AND e.downloadedAt < :cutoff""")
public class DownloadEvent {

    public static final int EVENT_ID_MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, length = EVENT_ID_MAX_LENGTH)
    private String eventId;

    @Column(name = "container_id", nullable = false)
    private long containerId;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    @Column(nullable = false)
    private boolean counted;

    protected DownloadEvent() {
    }

    public DownloadEvent(String eventId, long containerId, Instant downloadedAt) {
        this.eventId = eventId;
        this.containerId = containerId;
        this.downloadedAt = downloadedAt;
    }

    public void counted() {
        this.counted = true;
    }

    public Long id() {
        return id;
    }

    public long containerId() {
        return containerId;
    }

    public Instant downloadedAt() {
        return downloadedAt;
    }
}
