package org.sifregistry.common;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Hears the other nodes' {@link DataChangeAnnouncer}: each of their announcements makes what this node keeps stale.
 * One session, so that the node has one subscription to the topic and hears each announcement once.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/DataChangedTopic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataChangedConsumer implements MessageListener {

    @Inject
    private ClusterNode node;

    @Override
    public void onMessage(Message message) {
        try {
            if (!node.name().equals(message.getStringProperty(DataChangeAnnouncer.NODE))) {
                DataVersion.advanceForWriteElsewhere();
            }
        } catch (JMSException e) {
            // An unreadable announcement still says that something changed somewhere
            DataVersion.advanceForWriteElsewhere();
        }
    }
}
