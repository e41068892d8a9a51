package org.sifregistry.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the real EAR, driven from outside the server (annotate the test class with
 * {@code @RunAsClient}), and one browser per test class.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTest {

    protected static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive registry() {
        return Deployments.registryEar();
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
