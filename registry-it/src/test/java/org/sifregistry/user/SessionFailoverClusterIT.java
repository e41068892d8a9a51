package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sifregistry.testing.TestUser.ALICE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Browser;
import org.sifregistry.testing.Cluster;
import org.sifregistry.testing.Cluster.Node;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LogMark;
import org.sifregistry.testing.Names;

/**
 * On the two-node cluster of {@code ./cluster.sh}: the sessions are distributable (issue 21). A user signed in
 * through the load balancer whose node is killed is still signed in on the other node, and the page they had open
 * still posts its view-scoped form, in a real browser.
 */
class SessionFailoverClusterIT {

    /** What a node logs when a session or a view could not be carried over to the other node. */
    private static final List<String> FAILOVER_ERRORS =
            List.of("NotSerializableException", "WFLYCLWEB", "ViewExpiredException", "JSF1094");
    /** HAProxy retries on the other node at once, or stops routing to a dead one after two missed 1 s checks. */
    private static final Duration ROUTED_AROUND_WITHIN = Duration.ofSeconds(30);
    private static final String DESCRIPTION = "Written after its node died";

    private Browser browser;
    private Node killed;

    @AfterEach
    void closeTheBrowserAndStartTheKilledNode() {
        if (browser != null) {
            browser.close();
        }
        if (killed != null) {
            Cluster.start(killed);
        }
    }

    @Test
    void aUserWhoseNodeDiesStaysSignedInAndThePageTheyHadOpenStillSaves() {
        Map<Node, LogMark> logMarks = logMarks();
        String collection = Names.unique("failover");
        new LibraryPush(new Api(), ALICE.pushToken()).collection(ALICE.username(), collection, false);
        browser = Browser.open();
        browser.signIn(ALICE).get(collectionPage(collection)).waitFor(By.id("collection:description"));
        killed = nodeNamed(browser.cookie("SRV"));

        Cluster.kill(killed);
        awaitTheLoadBalancerRoutingAround(killed);

        String openedBeforeTheKill = browser.openTab();
        browser.get("account/index.xhtml");
        assertTrue(browser.source().contains("Signed in as " + ALICE), "still signed in on " + browser.url());
        assertEquals(killed.other().nodeName(), browser.cookie("SRV"), "the session's node, after the kill");

        browser.show(openedBeforeTheKill);
        browser.type(By.id("collection:description"), DESCRIPTION);
        browser.click(By.id("collection:saveCollection"));
        browser.waitForText(By.id("collection:messages"), "Saved.");
        browser.get(collectionPage(collection));
        assertEquals(DESCRIPTION, browser.find(By.id("collectionDescription")).getText(), "after a fresh GET");

        assertEquals(List.of(), failoverErrorsLoggedSince(logMarks));
    }

    private static Node nodeNamed(String srv) {
        return Arrays.stream(Node.values()).filter(node -> node.nodeName().equals(srv)).findFirst()
                .orElseThrow(() -> new AssertionError("The cookie SRV names no node: " + srv));
    }

    /** Until a request stuck to the dead node (its SRV, but no session of ours) is answered by the other one. */
    private static void awaitTheLoadBalancerRoutingAround(Node dead) {
        Api balancer = new Api();
        Eventually.await(ROUTED_AROUND_WITHIN,
                () -> balancer.send(balancer.at("version").header("Cookie", "SRV=" + dead.nodeName())).status(),
                status -> status == 200, "the load balancer answers a request stuck to the killed " + dead.nodeName());
    }

    private static Map<Node, LogMark> logMarks() {
        Map<Node, LogMark> marks = new EnumMap<>(Node.class);
        for (Node node : Node.values()) {
            marks.put(node, LogMark.at(node.serverLog()));
        }
        return marks;
    }

    /** The lines naming one of {@link #FAILOVER_ERRORS} that the nodes' logs gained since {@code marks}. */
    private static List<String> failoverErrorsLoggedSince(Map<Node, LogMark> marks) {
        List<String> errors = new ArrayList<>();
        for (Node node : Node.values()) {
            marks.get(node).appended().lines()
                    .filter(line -> FAILOVER_ERRORS.stream().anyMatch(line::contains))
                    .map(line -> node.nodeName() + ": " + line)
                    .forEach(errors::add);
        }
        return errors;
    }

    private static String collectionPage(String collection) {
        return "collections/collection.xhtml?name=" + collection;
    }
}
