package org.sifregistry.site.application;

import java.net.URI;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.sifregistry.site.domain.SiteInfo;

/**
 * The server-side configuration: system properties that wildfly-config's registry.cli defines as expressions over
 * environment variables (REGISTRY_BASE_URL, REGISTRY_STORAGE_DIR, REGISTRY_NAME, ...). Read once per start.
 */
@ApplicationScoped
public class RegistryConfig {

    public URI baseUrl() {
        String url = property("registry.base-url", "http://localhost:8080");
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public Path storageDir() {
        return Path.of(property("registry.storage.dir",
                property("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/registry/images"));
    }

    /** The site settings a new registry starts with. */
    public SiteInfo initialSiteInfo() {
        return new SiteInfo(property("registry.name", "SIF Registry"), null,
                property("registry.contact-email", ""), property("registry.help-link", ""), false);
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
