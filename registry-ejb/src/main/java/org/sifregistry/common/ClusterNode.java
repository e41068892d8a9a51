package org.sifregistry.common;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.clustering.server.Group;
import org.wildfly.clustering.server.GroupMember;

/**
 * This server as a member of WildFly's clustering group: the nodes of the cluster, or on the single server this
 * server alone for good. One name for this node everywhere (job runs, data-change messages), the group's.
 */
@ApplicationScoped
public class ClusterNode {

    @Resource(lookup = "java:jboss/clustering/server/group/default")
    private Group<GroupMember> group;

    public String name() {
        return group.getLocalMember().getName();
    }

    /** False on the single server. */
    public boolean isClustered() {
        return !group.isSingleton();
    }

    /** Whether the node is among the cluster's members now. */
    public boolean isMember(String node) {
        return group.getMembership().getMembers().stream().anyMatch(member -> member.getName().equals(node));
    }
}
