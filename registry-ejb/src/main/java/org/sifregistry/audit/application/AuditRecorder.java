package org.sifregistry.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.sifregistry.audit.domain.AuditEntry;

/** Hands an audit event to the trail once its transaction committed; at once when there was none. */
@ApplicationScoped
public class AuditRecorder {

    @Inject
    private AuditTrail trail;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditEntry entry) {
        trail.store(entry);
    }
}
