package org.sifregistry.audit.domain;

/** How the audited request ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
