package org.sifregistry.testing;

import org.jboss.arquillian.junit5.ArquillianExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the real EAR, driven from outside the server (annotate the test class with
 * {@code @RunAsClient}), one browser per test class, and pages that work under their Content-Security-Policy: a
 * test fails if the browser refused anything a page tried to run or load.
 */
@ExtendWith(ArquillianExtension.class)
@DatabaseNeutral
@BlackBox
public abstract class BrowserTest {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void nothingViolatedTheContentSecurityPolicy() {
        assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "what the pages' policy refused");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
