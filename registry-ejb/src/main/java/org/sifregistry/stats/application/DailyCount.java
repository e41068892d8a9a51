package org.sifregistry.stats.application;

import java.io.Serializable;
import java.time.LocalDate;

/** The pulls on one day (UTC). */
public record DailyCount(LocalDate day, long downloads) implements Serializable {
}
