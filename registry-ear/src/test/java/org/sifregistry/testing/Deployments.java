package org.sifregistry.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy, all cut from the real EAR the build made: the EAR itself for black-box
 * tests, and for in-container tests a WAR holding the EAR's own EJB jar (entities, services, persistence unit).
 */
public final class Deployments {

    private Deployments() {
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
        JavaArchive ejbJar = registryEar().getAsType(JavaArchive.class, "registry-ejb.jar");
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(ejbJar)
                .addClasses(testClasses)
                .addClasses(Deployments.class, Fixtures.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }
}
