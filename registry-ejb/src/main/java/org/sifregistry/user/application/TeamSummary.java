package org.sifregistry.user.application;

import java.io.Serializable;
import java.time.Instant;

/** One of the caller's teams as their teams page lists it: whether the caller owns it, and how big it is. */
public record TeamSummary(String name, Instant created, long memberCount, boolean ownedByCaller)
        implements Serializable {
}
