package org.sifregistry.stats.messaging;

import java.time.Instant;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.sifregistry.container.application.ContainerEvents;
import org.sifregistry.stats.application.DownloadCounter;

/**
 * Stages every download event in the database, in the transaction that acknowledges the message: the event is
 * either staged or still on the queue, and a redelivery of a staged one is ignored by its id. The
 * {@code update-downloads} job does the counting.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/DownloadQueue")
})
public class DownloadConsumer implements MessageListener {

    @Inject
    private DownloadCounter counter;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage event = (MapMessage) message;
            counter.stage(event.getString(ContainerEvents.EVENT_ID), event.getLong(ContainerEvents.CONTAINER_ID),
                    Instant.ofEpochMilli(event.getLong(ContainerEvents.AT)));
        } catch (JMSException e) {
            // Rolls back, so the broker redelivers and finally dead-letters the message
            throw new IllegalStateException("Unreadable download event " + message, e);
        }
    }
}
