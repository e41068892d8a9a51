package org.sifregistry.stats.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The pulls of one day (UTC) in the collections that are public now: the chart's rows for a visitor, one a day
 * however many containers were pulled. Kept by {@link PublicDownloadDays}.
 */
@Entity
@Table(name = "public_download_days")
public class PublicDailyDownloads {

    @Id
    @Column(name = "download_day")
    private LocalDate day;

    @Column(nullable = false)
    private long downloads;

    protected PublicDailyDownloads() {
    }

    public PublicDailyDownloads(LocalDate day) {
        this.day = day;
    }
}
