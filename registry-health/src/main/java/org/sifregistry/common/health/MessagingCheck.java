package org.sifregistry.common.health;

import java.lang.management.ManagementFactory;
import java.util.List;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the embedded Artemis broker lets a client open the registry's queues: pushes and pulls send to them.
 * Its data: how many messages each queue holds, the dead-letter queue's too (messages whose consumer failed
 * every redelivery, which an operator should look at), read from the server's management model.
 */
@Readiness
@ApplicationScoped
public class MessagingCheck implements HealthCheck {

    /** The registry's queues (messaging.cli), then the broker's dead-letter queue, which reports but never fails. */
    private static final List<String> QUEUES = List.of("ImagePushedQueue", "DownloadQueue");
    private static final String DEAD_LETTERS = "DLQ";

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("messaging");
        try (JMSContext jms = InitialContext.<ConnectionFactory>doLookup("java:/ConnectionFactory").createContext()) {
            for (String queue : QUEUES) {
                // Opening a browser asks the broker whether the queue exists; peeking reads at most one message
                try (QueueBrowser browser = jms.createBrowser(jms.createQueue(queue))) {
                    browser.getEnumeration().hasMoreElements();
                }
                response.withData(queue + "-depth", depth(queue));
            }
            return response.withData(DEAD_LETTERS + "-depth", depth(DEAD_LETTERS)).up().build();
        } catch (NamingException | JMSRuntimeException | JMSException | JMException e) {
            return response.down().withData("reason", e.toString()).build();
        }
    }

    /** The messages in a queue, delivered or not, not yet acknowledged, as jboss-cli reads message-count. */
    private static long depth(String queue) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName("jboss.as:subsystem=messaging-activemq,server=default,jms-queue=" + queue);
        return ((Number) server.getAttribute(name, "messageCount")).longValue();
    }
}
