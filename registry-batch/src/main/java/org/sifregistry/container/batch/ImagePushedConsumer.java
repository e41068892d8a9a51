package org.sifregistry.container.batch;

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

/**
 * Starts {@code parse-image} for every pushed image. Outside a transaction, so that the job's first records are
 * written before its thread reads them; a failure to start throws, and the broker redelivers the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/ImagePushedQueue")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImagePushedConsumer implements MessageListener {

    @Inject
    private ParseImageJob parseImage;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage pushed = (MapMessage) message;
            parseImage.start(pushed.getLong(ContainerEvents.CONTAINER_ID), pushed.getString(ContainerEvents.VERSION));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable image-pushed message " + message, e);
        }
    }
}
