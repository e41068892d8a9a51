package org.sifregistry.audit.application;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.audit.domain.AuditEntry;
import org.sifregistry.audit.domain.AuditOutcome;
import org.sifregistry.common.Caller;
import org.sifregistry.common.RequestOrigin;

/**
 * What the services tell the audit trail. An event is recorded once the transaction it happened in commits (a
 * rolled-back change is not audited as done), off the request's thread, so that auditing never slows the request.
 */
@ApplicationScoped
public class Audit {

    @Inject
    private Event<AuditEntry> entries;

    @Inject
    private Clock clock;

    /** The caller did it. */
    public void record(AuditAction action, Caller caller, String target, String digest) {
        fire(action, caller.isAnonymous() ? null : caller.username(), target, digest, AuditOutcome.SUCCESS, null);
    }

    /** The caller did it, with a word on how ({@code detail}). */
    public void record(AuditAction action, Caller caller, String target, String digest, String detail) {
        fire(action, caller.isAnonymous() ? null : caller.username(), target, digest, AuditOutcome.SUCCESS, detail);
    }

    /**
     * A password that did not sign {@code username} in, from {@code origin}: told by what sees the answer go out,
     * after the request's own thread has let go of it.
     */
    public void signInFailed(String username, String mechanism, RequestOrigin origin) {
        fire(AuditAction.SIGN_IN_FAILED, username, username, null, AuditOutcome.FAILURE, mechanism, origin);
    }

    /**
     * A client that used up its failed sign-ins ({@code mechanism}: form, basic or bearer; no {@code username} with
     * a token) and is refused without a check for {@code window}: recorded once, not for each refusal.
     */
    public void signInBlocked(String username, String mechanism, RequestOrigin origin, Duration window) {
        fire(AuditAction.SIGN_IN_BLOCKED, username, username, null, AuditOutcome.FAILURE,
                mechanism + ", refused for " + window.toSeconds() + " s", origin);
    }

    private void fire(AuditAction action, String actor, String target, String digest, AuditOutcome outcome,
                      String detail) {
        fire(action, actor, target, digest, outcome, detail,
                RequestOrigin.current().orElse(new RequestOrigin(null, null)));
    }

    private void fire(AuditAction action, String actor, String target, String digest, AuditOutcome outcome,
                      String detail, RequestOrigin origin) {
        entries.fire(new AuditEntry(clock.instant(), actor, action, target, digest, origin.clientAddress(),
                origin.userAgent(), outcome, detail));
    }
}
