package org.sifregistry.container.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.common.metrics.RegistryMetrics;

/**
 * Counts a pull of a tagged container: its download event, sent durably, and the pull meter. A durable send waits
 * until the broker has stored the event (~5 ms here, most of it the broker's own handling, not the disk); a download
 * that streams the image starts it here, in a thread of its own, sends its bytes meanwhile and waits for it only before
 * its last bytes, so a client never has a whole image that a killed server has not counted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PullCounter {

    @Inject
    private ContainerEvents events;

    @Inject
    private RegistryMetrics metrics;

    /** Counts before it returns: for an answer that sends no bytes of its own (a redirect, a signed URL). */
    public void count(long containerId, Protocol protocol) {
        events.downloaded(containerId);
        metrics.pulled(protocol);
    }

    /** Counts in the background; the future completes once the event is stored, or fails with why it was not. */
    @Asynchronous
    public Future<Void> countMeanwhile(long containerId, Protocol protocol) {
        count(containerId, protocol);
        return CompletableFuture.completedFuture(null);
    }
}
