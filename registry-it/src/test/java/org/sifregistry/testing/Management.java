package org.sifregistry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.sifregistry.stats.batch.UpdateDownloadsSchedule;

/**
 * The test server's management API, as an admin uses it with jboss-cli: a registry setting changed at run time,
 * and the download counts brought up to date, so that a test can tell one count from two without waiting a while.
 * The variants taking a port reach one node of the cluster ({@link Cluster.Node#managementPort()}).
 */
public final class Management {

    /** The management port of the test server, and of a server without a port offset. */
    private static final int PORT = 9990;
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(60);
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final ModelNode DOWNLOAD_QUEUE = Operations.createAddress("subsystem", "messaging-activemq",
            "server", "default", "jms-queue", "DownloadQueue");
    private static final ModelNode BATCH = Operations.createAddress("deployment", "registry.ear",
            "subdeployment", "registry-batch.jar", "subsystem", "batch-jberet");

    private Management() {
    }

    /**
     * Sets one of the system properties registry.cli defines (see RegistryConfig, which reads them on every use);
     * {@code value} may be the expression it had, such as {@code ${env.REGISTRY_OCI_REDIRECT:false}}.
     */
    public static void setSystemProperty(String name, String value) {
        run(Operations.createWriteAttributeOperation(Operations.createAddress("system-property", name), "value",
                value));
    }

    /**
     * Waits until the broker has handed over every download event, redeliveries too, then runs update-downloads and
     * returns how that run ended: it counts whatever is left, so a second count of anything shows after it.
     */
    public static String updateDownloadsOnceTheQueueIsEmpty() {
        return updateDownloadsOnceTheQueueIsEmpty(PORT);
    }

    /** {@link #updateDownloadsOnceTheQueueIsEmpty()} on the server whose management API answers on {@code port}. */
    public static String updateDownloadsOnceTheQueueIsEmpty(int port) {
        Eventually.await(SETTLED_WITHIN, () -> queuedDownloads(port), queued -> queued == 0,
                "the download queue to empty");
        return runJob(port, UpdateDownloadsSchedule.JOB, Map.of());
    }

    /** Runs a batch job of the test server with these job parameters and returns how the run ended. */
    public static String runJob(String job, Map<String, String> parameters) {
        return runJob(PORT, job, parameters);
    }

    private static String runJob(int port, String job, Map<String, String> parameters) {
        ModelNode start = Operations.createOperation("start-job", BATCH);
        start.get("job-xml-name").set(job);
        parameters.forEach((name, value) -> start.get("properties", name).set(value));
        ModelNode run = BATCH.clone().add("job", job).add("execution", run(port, start).asString());
        return Eventually.await(SETTLED_WITHIN, () -> run(port, Operations.createReadAttributeOperation(run,
                "batch-status")).asString(), ENDED::contains, "the run of " + job + " to end");
    }

    /** The download events in the broker of the server on {@code port}, delivered or not, not yet acknowledged. */
    public static long queuedDownloads(int port) {
        return run(port, Operations.createReadAttributeOperation(DOWNLOAD_QUEUE, "message-count")).asLong();
    }

    /** The threads of the server's io worker busy with a request now (an upload waiting for its bytes too). */
    public static int busyWorkerThreads() {
        return run(Operations.createReadAttributeOperation(Operations.createAddress("subsystem", "io", "worker",
                "default"), "busy-task-thread-count")).asInt();
    }

    /** The most threads the server's io worker may run requests on (registry.cli: REGISTRY_WORKER_THREADS). */
    public static int maxWorkerThreads() {
        ModelNode read = Operations.createReadAttributeOperation(Operations.createAddress("subsystem", "io", "worker",
                "default"), "task-max-threads");
        read.get("resolve-expressions").set(true);
        return run(read).asInt();
    }

    /** The messages in a queue of the test server's broker (DLQ, ImagePushedQueue...), as jboss-cli counts them. */
    public static long queuedMessages(String queue) {
        return run(Operations.createReadAttributeOperation(Operations.createAddress("subsystem",
                "messaging-activemq", "server", "default", "jms-queue", queue), "message-count")).asLong();
    }

    /**
     * Pauses the download queue of the server on {@code port}: its events stay in the broker's journal, unconsumed,
     * as a backlog would hold them. The pause is not kept in the journal.
     */
    public static void pauseDownloads(int port) {
        run(port, Operations.createOperation("pause", DOWNLOAD_QUEUE));
    }

    /** The test server's process, as its JVM names itself ({@code <pid>@<host>}). */
    public static ProcessHandle serverProcess() {
        String name = run(Operations.createReadAttributeOperation(Operations.createAddress("core-service",
                "platform-mbean", "type", "runtime"), "name")).asString();
        long pid = Long.parseLong(name.substring(0, name.indexOf('@')));
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
    }

    private static ModelNode run(ModelNode operation) {
        return run(PORT, operation);
    }

    /** The result of a management operation on the server; fails the test if the operation fails. */
    private static ModelNode run(int port, ModelNode operation) {
        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", port)) {
            ModelNode outcome = management.execute(operation);
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new AssertionError(operation + " failed: " + Operations.getFailureDescription(outcome));
            }
            return Operations.readResult(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException("The server's management API did not answer " + operation, e);
        }
    }
}
