package org.sifregistry.container.web;

import java.net.URI;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ImageDigest;

/**
 * The apptainer commands the pages show, for this registry's public address (REGISTRY_BASE_URL): the host goes into
 * the URI, and a registry served over plain http needs {@code --no-https}. Library refs take the mapping of the
 * README: {@code library://HOST/collection/name:tag} to pull, {@code library://HOST/entity/collection/name:tag} to
 * push; OCI repositories are container names, {@code oras://HOST/collection/name:tag}.
 */
@Named
@ApplicationScoped
public class ClientCommands {

    @Inject
    private RegistryConfig config;

    private URI baseUrl;

    public ClientCommands() {
    }

    /** For tests: the commands of a registry at {@code baseUrl}. */
    ClientCommands(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    @PostConstruct
    void readBaseUrl() {
        baseUrl = config.baseUrl();
    }

    /** {@code apptainer pull shub://HOST/collection/name:tag}; an untagged image by its digest, as shub pins one. */
    public String shubPull(ContainerDetails container) {
        String version = container.tag() == null
                ? "@" + ImageDigest.parse(container.version()).hex()
                : ":" + container.tag();
        return "apptainer pull " + noHttps() + "shub://" + host() + "/" + container.collection() + "/"
                + container.name() + version;
    }

    /** {@code apptainer pull library://HOST/collection/name:tag}; an untagged image by its version. */
    public String libraryPull(ContainerDetails container) {
        return "apptainer pull " + noHttps() + "library://" + host() + "/" + container.collection() + "/"
                + container.name() + ":" + (container.tag() == null ? container.version() : container.tag());
    }

    /** {@code apptainer pull oras://HOST/collection/name:tag}; an untagged image by its digest, as OCI pins one. */
    public String orasPull(ContainerDetails container) {
        String version = container.tag() == null
                ? "@sha256:" + ImageDigest.parse(container.version()).hex()
                : ":" + container.tag();
        return "apptainer pull " + noHttps() + "oras://" + host() + "/" + container.collection() + "/"
                + container.name() + version;
    }

    /**
     * What docker, podman, skopeo and oras name an OCI artifact of this registry by: {@code HOST/collection/name:tag},
     * or {@code @sha256:<hex>} when no tag names it.
     */
    public String ociReference(String repository, List<String> tags, String digest) {
        return host() + "/" + repository + (tags.isEmpty() ? "@" + digest : ":" + tags.get(0));
    }

    /** How to push a first image into {@code collection}, for the user (or team) {@code entity}. */
    public String libraryPush(String entity, String collection) {
        return "apptainer push " + noHttps() + "image.sif library://" + host() + "/" + entity + "/" + collection
                + "/<name>:<tag>";
    }

    /** The host (and port, if not the scheme's own) that the clients put into their URIs. */
    String host() {
        return baseUrl.getPort() < 0 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    private String noHttps() {
        return "http".equalsIgnoreCase(baseUrl.getScheme()) ? "--no-https " : "";
    }
}
