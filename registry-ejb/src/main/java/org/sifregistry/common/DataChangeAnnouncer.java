package org.sifregistry.common;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

/**
 * In a cluster ({@link ClusterNode#isClustered()}), tells the other nodes on
 * DataChangedTopic that this node wrote, so that they advance their {@link DataVersion} and forget what they keep.
 * Writes are announced at most every {@link #PERIOD_MILLIS} ms, however many there were: the nodes forget within a
 * second of a write, and a burst of writes costs one message. The messages are not persistent: a node that misses
 * one (it was down) starts with nothing kept, and kept answers expire anyway.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataChangeAnnouncer {

    /** The message property that names the writing node, whose own messages it ignores. */
    static final String NODE = "node";
    static final long PERIOD_MILLIS = 100;

    private static final Logger LOG = Logger.getLogger(DataChangeAnnouncer.class.getName());

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connections;

    @Resource(lookup = "java:/jms/topic/DataChangedTopic")
    private Topic dataChanged;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private ClusterNode node;

    private JMSContext jms;
    private ScheduledFuture<?> announcing;
    private long announcedWrites;

    @PostConstruct
    void start() {
        if (node.isClustered()) {
            jms = connections.createContext();
            announcedWrites = DataVersion.writesHere();
            announcing = scheduler.scheduleWithFixedDelay(this::announceNewWrites, PERIOD_MILLIS, PERIOD_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Runs on the scheduler's one task at a time, so the context is never used by two threads at once. */
    private void announceNewWrites() {
        long writes = DataVersion.writesHere();
        if (writes == announcedWrites) {
            return;
        }
        try {
            jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setProperty(NODE, node.name()).send(dataChanged, "");
            announcedWrites = writes;
        } catch (JMSRuntimeException e) {
            // Tried again at the next tick; meanwhile the other nodes' kept answers expire by their lifetime
            LOG.log(Level.WARNING, "Cannot tell the other nodes that data changed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (announcing != null) {
            announcing.cancel(false);
            jms.close();
        }
    }
}
