package org.sifregistry.testing;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the tests share that start, kill and stop a server of their own (arquillian.xml's containers "restartable" and
 * "restartable-s3", in the failsafe executions restart, restart-s3 and database-loss, each after the suite's server
 * has stopped): the real EAR, deployed once the server is up, driven from outside (annotate the test class with
 * {@code @RunAsClient}). Such a server's database may have been replaced by an earlier test of the same execution
 * (PreviousReleaseUpgradeIT), so these tests take their tokens with {@link TestUser#newToken}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class RestartableServerTest {

    private static final String REGISTRY = "registry";

    @ArquillianResource
    private ContainerController controller;

    @ArquillianResource
    private Deployer deployer;

    protected final Api api = new Api();

    @Deployment(name = REGISTRY, managed = false, testable = false)
    static EnterpriseArchive registry() {
        return Deployments.registryEar();
    }

    /** The arquillian.xml container this test starts. */
    protected String server() {
        return "restartable";
    }

    protected void startRegistry() {
        controller.start(server());
        deployer.deploy(REGISTRY);
    }

    protected void stopRegistry() {
        deployer.undeploy(REGISTRY);
        controller.stop(server());
    }

    /** A {@code kill -9} of the server's process, the registry left deployed for the next start. */
    protected void killServer() {
        controller.kill(server());
    }

    protected void stopServer() {
        controller.stop(server());
    }

    protected void startServer() {
        controller.start(server());
    }
}
