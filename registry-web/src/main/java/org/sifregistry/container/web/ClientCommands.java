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
 * the URI, and a registry served over plain http needs {@code --no-https}. Each command is one the client reads as
 * meant: a library ref names a host only with all three parts ({@code library://HOST/entity/collection/name:tag},
 * Apptainer's {@code splitHostNameAndPath}), so pulls name the configured default entity; Apptainer's shub refs take
 * no port and pin a version by 32 or 40 hex digits only, so shub pulls are offered on ports 80 and 443 alone, with the
 * first 40 hex digits of an untagged image's sha256; OCI repositories are container names,
 * {@code oras://HOST/collection/name:tag}.
 */
@Named
@ApplicationScoped
public class ClientCommands {

    /** The sha256 hex digits a shub ref pins a version by: Apptainer allows 32 or 40, the registry resolves them. */
    static final int SHUB_DIGEST_LENGTH = 40;

    @Inject
    private RegistryConfig config;

    private URI baseUrl;
    private String defaultEntity;

    public ClientCommands() {
    }

    /** For tests: the commands of a registry at {@code baseUrl}. */
    ClientCommands(URI baseUrl, String defaultEntity) {
        this.baseUrl = baseUrl;
        this.defaultEntity = defaultEntity;
    }

    @PostConstruct
    void readConfig() {
        baseUrl = config.baseUrl();
        defaultEntity = config.libraryDefaultEntity();
    }

    /** Whether shub pulls can name this registry: not when its address has a port of its own. */
    public boolean offersShub() {
        return !hasOwnPort();
    }

    /**
     * {@code apptainer pull shub://HOST/collection/name:tag}, an untagged image by the start of its sha256; only
     * where {@link #offersShub()}.
     */
    public String shubPull(ContainerDetails container) {
        String version = container.tag() == null
                ? "@" + ImageDigest.parse(container.version()).hex().substring(0, SHUB_DIGEST_LENGTH)
                : ":" + container.tag();
        return "apptainer pull " + noHttps() + "shub://" + host() + "/" + container.collection() + "/"
                + container.name() + version;
    }

    /** {@code apptainer pull library://HOST/entity/collection/name:tag}; an untagged image by its version. */
    public String libraryPull(ContainerDetails container) {
        return "apptainer pull " + noHttps() + "library://" + host() + "/" + defaultEntity + "/"
                + container.collection() + "/" + container.name() + ":"
                + (container.tag() == null ? container.version() : container.tag());
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
        return hasOwnPort() ? baseUrl.getHost() + ":" + baseUrl.getPort() : baseUrl.getHost();
    }

    private boolean hasOwnPort() {
        int port = baseUrl.getPort();
        return port >= 0 && port != ("https".equalsIgnoreCase(baseUrl.getScheme()) ? 443 : 80);
    }

    private String noHttps() {
        return "http".equalsIgnoreCase(baseUrl.getScheme()) ? "--no-https " : "";
    }
}
