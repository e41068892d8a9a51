package org.sifregistry.common.batch;

import java.util.Optional;
import java.util.Properties;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.ClusterNode;

/**
 * Starts and restarts the registry's job runs on this node, each recording this node's name in the job parameter
 * {@value #NODE}: the job repository, which the nodes of a cluster share, has no column for the node that runs an
 * execution, and a run still marked as under way may be restarted only once that node is gone (see
 * {@link InterruptedJobs}). Which nodes there are comes from WildFly's clustering group: the members of the
 * cluster's channel, or this server alone on the single server.
 */
@ApplicationScoped
public class JobRuns {

    /** The job parameter naming the node that started the run; runs started from jboss-cli have none. */
    public static final String NODE = "node";

    /** JBeret's switch for restarting a run recorded as under way (STARTING, STARTED or STOPPING). */
    private static final String RESTART_MODE = "jberet.restart.mode";

    /** How {@link #restart} treats a run recorded as under way. */
    enum IfUnderWay {
        /** Refuse: for admins, who restart failed and stopped runs only. */
        REFUSE("strict"),
        /** Restart it unless this JVM has loaded its job since it booted: a run of this node, found at start. */
        RESTART_UNLESS_LOADED_HERE("detect"),
        /** Restart it: a run of a node that has left the cluster, which JBeret cannot tell from a live one. */
        RESTART("force");

        private final String jberetMode;

        IfUnderWay(String jberetMode) {
            this.jberetMode = jberetMode;
        }
    }

    @Inject
    private ClusterNode node;

    /** Starts a run of {@code job} here; returns its execution id. */
    public long start(String job, Properties parameters) {
        Properties here = new Properties();
        here.putAll(parameters);
        here.setProperty(NODE, thisNode());
        return BatchRuntime.getJobOperator().start(job, here);
    }

    /**
     * Restarts a failed or stopped run, or one recorded as under way as {@code ifUnderWay} allows, here, from its last
     * checkpoint and with its parameters; returns the new run's id.
     */
    long restart(long executionId, IfUnderWay ifUnderWay) {
        // JBeret adds these to the run's original parameters, and the new run records them all
        Properties parameters = new Properties();
        parameters.setProperty(NODE, thisNode());
        parameters.setProperty(RESTART_MODE, ifUnderWay.jberetMode);
        return BatchRuntime.getJobOperator().restart(executionId, parameters);
    }

    /** The node that started the run, if it recorded one. */
    static Optional<String> node(JobExecution execution) {
        Properties parameters = execution.getJobParameters();
        return Optional.ofNullable(parameters == null ? null : parameters.getProperty(NODE));
    }

    boolean isThisNode(String node) {
        return thisNode().equals(node);
    }

    private String thisNode() {
        return node.name();
    }
}
