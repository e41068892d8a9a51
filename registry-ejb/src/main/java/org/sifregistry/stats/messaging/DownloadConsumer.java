package org.sifregistry.stats.messaging;

import java.time.Instant;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.sifregistry.container.application.ContainerEvents;
import org.sifregistry.stats.application.PullEvent;

/**
 * Stages every download event in the database, then acknowledges the message. Staging commits first, in a
 * transaction of the database alone, with the events other threads received at the same moment
 * ({@link DownloadStaging}): a crash before the acknowledgement redelivers an event that is already staged, and
 * staging ignores it by its id. Joining the receipt to that transaction instead made every count a two-phase commit
 * of the broker and the database, at 1.7 times the CPU. The {@code update-downloads} job does the counting.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/DownloadQueue")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DownloadConsumer implements MessageListener {

    @Inject
    private DownloadStaging staging;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage event = (MapMessage) message;
            staging.stage(new PullEvent(event.getString(ContainerEvents.EVENT_ID),
                    event.getLong(ContainerEvents.CONTAINER_ID), Instant.ofEpochMilli(event.getLong(ContainerEvents.AT))));
        } catch (JMSException e) {
            // The broker takes the message back, redelivers it and finally dead-letters it
            throw new IllegalStateException("Unreadable download event " + message, e);
        }
    }
}
