package org.sifregistry.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Testable;

import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.sifregistry.storage.s3.S3Location;

/**
 * The archives the integration tests deploy, all cut from the real EAR the build made: the EAR itself for black-box
 * tests, and for in-container tests a WAR holding the EAR's own EJB jar (entities, services, persistence unit).
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The real EAR with {@code tests} as one more web module, for in-container tests of what needs the whole
     * application: the message consumers and the batch jobs. The WAR is the one Arquillian runs the tests in.
     */
    public static EnterpriseArchive registryWith(WebArchive tests) {
        EnterpriseArchive ear = registryEar();
        String descriptor = new String(readAll(ear.get("META-INF/application.xml").getAsset().openStream()),
                StandardCharsets.UTF_8);
        String module = "<module><web><web-uri>" + tests.getName() + "</web-uri><context-root>/"
                + tests.getName().replace(".war", "") + "</context-root></web></module>";
        ear.setApplicationXML(new StringAsset(descriptor.replace("</application>", module + "</application>")));
        return ear.addAsModule(Testable.archiveToTest(tests));
    }

    /** A WAR of test classes and the in-container helpers, for {@link #registryWith}. */
    public static WebArchive testWar(String name, Class<?>... testClasses) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, Fixtures.class, Eventually.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    public static EnterpriseArchive registryEar() {
        return ShrinkWrap.create(ZipImporter.class, "registry.ear")
                .importFrom(new File(System.getProperty("ear.file")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The EJB jar of the real EAR inside a test WAR, with the given test classes and the in-container helpers. Not
     * this whole package: its client-side helpers (Api, Tools, LibraryClient...) have no business in the server.
     */
    public static WebArchive services(String name, Class<?>... testClasses) {
        EnterpriseArchive ear = registryEar();
        WebArchive war = testWar(name, testClasses).addAsLibrary(ear.getAsType(JavaArchive.class, "registry-ejb.jar"));
        // What the EJB jar needs from the EAR's lib/: Flyway, which brings the schema up to date at deployment, the
        // AWS SDK of the object store, and of registry-health only the store's location (storage.s3), not the
        // readiness checks
        ear.getContent(Filters.exclude("/lib/registry-.*")).keySet().stream()
                .filter(path -> path.get().matches("/lib/[^/]+\\.jar"))
                .forEach(jar -> war.addAsLibrary(ear.getAsType(JavaArchive.class, jar)));
        return war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "registry-s3-location.jar")
                .addPackage(S3Location.class.getPackage()));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
