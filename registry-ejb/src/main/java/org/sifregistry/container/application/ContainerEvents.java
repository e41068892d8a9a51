package org.sifregistry.container.application;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import org.sifregistry.container.domain.Container;

/**
 * Tells the batch side what happened, as JMS map messages, so that a push or a pull never waits for header parsing
 * or counting. Sent within the caller's transaction when there is one: a rolled-back push announces nothing.
 */
@ApplicationScoped
public class ContainerEvents {

    /** Map keys of both messages; a download event also has a unique id, which makes counting it idempotent. */
    public static final String EVENT_ID = "eventId";
    public static final String CONTAINER_ID = "containerId";
    public static final String VERSION = "version";
    public static final String REF = "ref";
    public static final String AT = "at";

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/ImagePushedQueue")
    private Queue imagePushed;

    @Resource(lookup = "java:/jms/queue/DownloadQueue")
    private Queue downloads;

    @Inject
    private Clock clock;

    /** A tag now points at a newly pushed image, whose header is yet to be read. */
    public void pushed(Container container) {
        jms.createProducer().send(imagePushed, Map.<String, Object>of(
                CONTAINER_ID, container.id(),
                VERSION, container.version(),
                REF, container.ref().toString(),
                AT, clock.millis()));
    }

    /** A client fetched the image of a container. */
    public void downloaded(long containerId) {
        jms.createProducer().send(downloads, Map.<String, Object>of(
                EVENT_ID, UUID.randomUUID().toString(),
                CONTAINER_ID, containerId,
                AT, clock.millis()));
    }
}
