package org.sifregistry.common.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sifregistry.common.ClusterNode;

/**
 * Restarts the job runs a shutdown stopped or a crash cut short: the job repository is in the database, so each
 * goes on from its last checkpoint.
 * <p>
 * On the single server, every such run is restarted when the application starts. In a cluster, a node restarts
 * only its own runs when it starts ({@link JobRuns#NODE}): a run of another node may be live there, and JBeret,
 * asked to restart it, would run it a second time. The runs of a node that has left the cluster (killed, or shut
 * down for good) are restarted by whichever node fires {@link #restartRunsOfDepartedNodes()}, once a minute and
 * once per cluster. Runs that record no node (started from jboss-cli) are left to an admin in a cluster.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedJobs {

    private static final Logger LOG = Logger.getLogger(InterruptedJobs.class.getName());

    /** How many of each job's latest runs are looked at; older interrupted ones stay for an admin to restart. */
    static final int RECENT_RUNS = 100;

    /** A run recorded as under way, or stopped by its node's shutdown, that did not end. */
    private static final Set<BatchStatus> INTERRUPTED = Set.of(
            BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING, BatchStatus.STOPPED);

    @Inject
    private JobHistory history;

    @Inject
    private JobRuns runs;

    @Inject
    private ClusterNode cluster;

    /**
     * At start, the runs this node left: nothing of this application runs yet (startup singletons come before any
     * message or timer), so a run recorded as under way here was cut short, unless this JVM ran its job before, when
     * the application was redeployed.
     */
    @PostConstruct
    void restartOwnRuns() {
        restartInterrupted(node -> !cluster.isClustered() || node.filter(runs::isThisNode).isPresent(),
                JobRuns.IfUnderWay.RESTART_UNLESS_LOADED_HERE);
    }

    /**
     * The runs of nodes that are no longer members of the cluster, asked right before each restart. A persistent
     * timer, so one node fires it, and another when that one goes. A node that is gone cannot come back and restart
     * its runs in the instant between that question and the restart: joining takes it seconds before it looks.
     */
    @Schedule(hour = "*", minute = "*")
    void restartRunsOfDepartedNodes() {
        if (cluster.isClustered()) {
            restartInterrupted(node -> node.filter(name -> !cluster.isMember(name)).isPresent(),
                    JobRuns.IfUnderWay.RESTART);
        }
    }

    private void restartInterrupted(Predicate<Optional<String>> ofNode, JobRuns.IfUnderWay ifUnderWay) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (String name : history.jobs()) {
            for (JobInstance instance : recentInstances(jobs, name)) {
                latest(jobs.getJobExecutions(instance))
                        .filter(execution -> INTERRUPTED.contains(execution.getBatchStatus()))
                        .filter(execution -> ofNode.test(JobRuns.node(execution)))
                        .ifPresent(execution -> restart(execution, ifUnderWay));
            }
        }
    }

    private static List<JobInstance> recentInstances(JobOperator jobs, String name) {
        try {
            return jobs.getJobInstances(name, 0, RECENT_RUNS);
        } catch (BatchRuntimeException noRunsYet) {
            return List.of();
        }
    }

    private static Optional<JobExecution> latest(List<JobExecution> executions) {
        return executions.stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    private void restart(JobExecution interrupted, JobRuns.IfUnderWay ifUnderWay) {
        // read first: restarting a run recorded as under way marks it FAILED
        String left = interrupted.getBatchStatus() + JobRuns.node(interrupted).map(" by "::concat).orElse("");
        try {
            long restarted = runs.restart(interrupted.getExecutionId(), ifUnderWay);
            LOG.info(() -> "Restarted " + interrupted.getJobName() + " execution " + interrupted.getExecutionId()
                    + ", left " + left + ", as execution " + restarted);
        } catch (BatchRuntimeException e) {
            LOG.log(Level.WARNING, "Cannot restart " + interrupted.getJobName() + " execution "
                    + interrupted.getExecutionId() + "; an admin can restart it from the job page", e);
        }
    }
}
