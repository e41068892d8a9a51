package org.sifregistry.audit.application;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.sifregistry.audit.domain.AuditRepository;
import org.sifregistry.site.application.RegistryConfig;

/**
 * Forgets audit events older than the retention period, every night. One delete statement, in the timer's
 * transaction; a persistent timer, so that one node of a cluster runs it. The log file keeps its own history, as
 * its handler rotates it.
 */
@Singleton
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Inject
    private AuditRepository events;

    @Inject
    private RegistryConfig config;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "41")
    void purge() {
        int purged = events.purgeBefore(clock.instant().minus(config.auditRetention()));
        LOG.info(() -> "Purged " + purged + " audit events older than " + config.auditRetention().toDays() + " days");
    }
}
