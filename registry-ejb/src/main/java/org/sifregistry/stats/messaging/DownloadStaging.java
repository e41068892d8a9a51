package org.sifregistry.stats.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.CommitGroups;
import org.sifregistry.stats.application.DownloadCounter;
import org.sifregistry.stats.application.PullEvent;

/**
 * Stages the events the consumer's threads receive at the same moment in one transaction ({@link CommitGroups}).
 * Staged one transaction each, a pull's count was mostly that transaction's fixed cost: JFR found the connection's
 * enlistment, EclipseLink's unit of work and Narayana around one {@code SELECT} and one {@code INSERT}, the fifth of
 * the CPU of four concurrent pulls of 32 MiB.
 */
@ApplicationScoped
public class DownloadStaging {

    /** A group's statements stay few: one {@code SELECT} for all and an {@code INSERT} each. */
    private static final int LARGEST_GROUP = 100;

    @Inject
    private DownloadCounter counter;

    private CommitGroups<PullEvent> groups;

    @PostConstruct
    void start() {
        groups = new CommitGroups<>(counter::stage, LARGEST_GROUP);
    }

    /** Returns once the pull is staged (or was already), so that its message may be acknowledged. */
    public void stage(PullEvent pull) {
        groups.commit(pull);
    }
}
