package org.sifregistry.testing;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The two-node cluster that {@code ./cluster.sh up} runs for the {@code *ClusterIT} tests (registry-it's profile
 * {@code cluster}): each node's own address, the load balancer at {@link Api#BASE}, the script's kill and start, and
 * the database the nodes share.
 */
public final class Cluster {

    /** A node as cluster.sh names it, with the port offset that cluster.sh gives it. */
    public enum Node {
        NODE1(100), NODE2(200);

        private final int offset;

        Node(int offset) {
            this.offset = offset;
        }

        /** The node's own HTTP address, past the load balancer. */
        public URI base() {
            return URI.create("http://127.0.0.1:" + (8080 + offset) + "/");
        }

        /** The node's management port (WildFly's 9990 shifted by its offset), for {@link Management}. */
        public int managementPort() {
            return 9990 + offset;
        }

        /** The node's name: cluster.sh's argument, and the value of the load balancer's cookie SRV. */
        public String nodeName() {
            return name().toLowerCase();
        }

        /** The node's log, which cluster.sh keeps under target/cluster/ from one start to the next. */
        public Path serverLog() {
            return Tools.moduleDir().getParent().resolve("target/cluster").resolve(nodeName()).resolve("log/server.log");
        }

        public Node other() {
            return this == NODE1 ? NODE2 : NODE1;
        }

        /** The node of that name, as the admin page of job runs shows it. */
        public static Node named(String nodeName) {
            return valueOf(nodeName.toUpperCase());
        }
    }

    // Starting a node boots WildFly and deploys the EAR: a minute on a quiet machine, more on a busy one.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private Cluster() {
    }

    /** Where the nodes' shared image store keeps uploads in progress (cluster.sh's target/cluster/images). */
    public static Path staging() {
        return Tools.moduleDir().getParent().resolve("target/cluster/images/staging");
    }

    /** {@code ./cluster.sh kill}: a kill -9 of the node's java process. */
    public static void kill(Node node) {
        script(Duration.ofMinutes(1), "kill", node.nodeName());
    }

    /** {@code ./cluster.sh start}: returns once the node is ready. */
    public static void start(Node node) {
        script(START_TIMEOUT, "start", node.nodeName());
    }

    /** A connection to the database the nodes share, as cluster.sh makes it. */
    public static Connection database() {
        try {
            return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/registry_cluster", "registry",
                    "registry");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the cluster's database registry_cluster", e);
        }
    }

    private static void script(Duration timeout, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = Tools.moduleDir().getParent().resolve("cluster.sh").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        // The nodes start from what the suite built, with the settings cluster.sh keeps
        Tools.run(timeout, Map.of("REGISTRY_SKIP_BUILD", "1"), command).orFail();
    }
}
