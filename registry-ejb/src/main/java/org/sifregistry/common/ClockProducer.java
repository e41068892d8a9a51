package org.sifregistry.common;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The clock every business time comes from (creation, expiry, cutoffs), so that a test can put in one it moves
 * itself. Application scoped, so that view-scoped beans hold a serializable proxy of it.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    public Clock systemUTC() {
        return Clock.systemUTC();
    }
}
