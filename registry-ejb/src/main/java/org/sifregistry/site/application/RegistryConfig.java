package org.sifregistry.site.application;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.sifregistry.common.InvalidInputException;
import org.sifregistry.site.domain.SiteInfo;
import org.sifregistry.storage.s3.S3Location;
import org.sifregistry.user.domain.ByteQuota;

/**
 * The server-side configuration: system properties that wildfly-config's registry.cli defines as expressions over
 * environment variables (REGISTRY_BASE_URL, REGISTRY_STORAGE_DIR, REGISTRY_NAME, ...). Read at every use, so that a setting an admin
 * changes with jboss-cli applies at once where it is asked for each time (redirects, limits).
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

    /**
     * Whether the images are kept in a bucket of an S3-compatible store ({@code REGISTRY_STORAGE=s3}) rather than in
     * {@link #storageDir()} ({@code filesystem}, the default).
     */
    public boolean storesInS3() {
        String storage = property("registry.storage", "filesystem");
        return switch (storage) {
            case "filesystem" -> false;
            case "s3" -> true;
            default -> throw new IllegalStateException("REGISTRY_STORAGE is filesystem or s3, not '" + storage + "'");
        };
    }

    /**
     * Whether REGISTRY_S3_ENDPOINT and REGISTRY_S3_BUCKET are set: a bucket to store the images in, or to move them
     * to with {@code migrate-storage} while the server still stores them in {@link #storageDir()}.
     */
    public boolean hasS3Location() {
        return S3Location.configured().isPresent();
    }

    /**
     * The bucket of the REGISTRY_S3_* settings.
     *
     * @throws IllegalStateException that says what to set, if there is none
     */
    public S3Location s3Location() {
        return S3Location.configured().orElseThrow(() -> new IllegalStateException(S3Location.NOT_CONFIGURED));
    }

    /**
     * Whether downloads from the object store (shub, library, share links) are answered with a redirect to a
     * presigned GET of the store, so that their bytes never pass through WildFly (REGISTRY_S3_REDIRECT, default
     * false: clients must reach REGISTRY_S3_ENDPOINT for it), or streamed through the server. Asked at every
     * download.
     */
    public boolean s3Redirects() {
        return Boolean.parseBoolean(property("registry.s3.redirect", "false"));
    }

    /** The largest image a push may upload, in bytes (REGISTRY_MAX_IMAGE_SIZE, default 64 GiB). */
    public long maxImageSize() {
        return longProperty("registry.max-image-size", 64L << 30);
    }

    /** How much an account of a user may hold when an admin set no quota of its own (REGISTRY_DEFAULT_USER_QUOTA). */
    public ByteQuota defaultUserQuota() {
        return quota("registry.quota.user-default", "REGISTRY_DEFAULT_USER_QUOTA");
    }

    /** How much a team may hold when an admin set no quota of its own (REGISTRY_DEFAULT_TEAM_QUOTA). */
    public ByteQuota defaultTeamQuota() {
        return quota("registry.quota.team-default", "REGISTRY_DEFAULT_TEAM_QUOTA");
    }

    private static ByteQuota quota(String name, String variable) {
        String written = property(name, "");
        if (written.isBlank()) {
            return ByteQuota.UNLIMITED;
        }
        try {
            return ByteQuota.parse(written);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(variable + ": " + e.getMessage(), e);
        }
    }

    /** How long ahead owners are told that retention rules will delete images (REGISTRY_RETENTION_NOTICE_DAYS, 7). */
    public Duration retentionNotice() {
        return Duration.ofDays(Math.max(0, longProperty("registry.retention.notice-days", 7)));
    }

    /** Whether an SMTP server is configured for the mail session (REGISTRY_SMTP_HOST, mail.cli): none, no e-mail. */
    public boolean mailEnabled() {
        return !System.getProperty("registry.mail.smtp-host", "").isBlank();
    }

    /** How long a signed download or upload URL stays valid (REGISTRY_SIGNED_URL_SECONDS, default one hour). */
    public Duration signedUrlLifetime() {
        return Duration.ofSeconds(longProperty("registry.signed-url-seconds", 3600));
    }

    /**
     * How long a metadata lookup's answer may be served from memory, and a verified API token kept, while nothing
     * changed on this server (REGISTRY_LOOKUP_CACHE_SECONDS, default 10; 0 turns both off): how long another server
     * may take to see a revocation. It bounds how old the signed URL in a cached shub answer may be, so it should
     * stay far below the signed URL lifetime.
     */
    public Duration lookupCacheLifetime() {
        return Duration.ofSeconds(Math.max(0, longProperty("registry.lookup-cache-seconds", 10)));
    }

    /**
     * Whether library pulls are answered with a 303 to a signed URL that honours Range, so that clients download
     * in parallel parts (REGISTRY_LIBRARY_REDIRECT, default true), or streamed directly.
     */
    public boolean libraryRedirects() {
        return Boolean.parseBoolean(property("registry.library.redirect", "true"));
    }

    /**
     * Whether OCI blob pulls of a SIF ({@code GET /v2/<name>/blobs/<digest>}) are answered with a 307 to the same
     * kind of signed URL as library redirects (REGISTRY_OCI_REDIRECT, default false), or streamed, as OCI
     * registries usually answer and every OCI client expects.
     */
    public boolean ociRedirects() {
        return Boolean.parseBoolean(property("registry.oci.redirect", "false"));
    }

    /** The collection of a one-part library pull ref such as {@code library://alpine} (default {@code library}). */
    public String libraryDefaultCollection() {
        return property("registry.library.default-collection", "library");
    }

    /**
     * The entity that names any collection in a library ref, {@code library://library/<collection>/…} (default
     * {@code library}), beside the names of the collection's owners, contributors and teams.
     */
    public String libraryDefaultEntity() {
        return property("registry.library.default-entity", "library");
    }

    /**
     * The secret that signs download and upload URLs: REGISTRY_SIGNING_KEY when set (needed when several servers
     * share the work), otherwise a key generated on first use and kept beside the image store.
     */
    public Optional<String> signingKey() {
        return Optional.ofNullable(System.getProperty("registry.signing-key")).filter(k -> !k.isBlank());
    }

    /**
     * Whether people sign in at an OpenID provider (REGISTRY_AUTH=oidc) rather than with a password on the sign-in
     * page (local accounts or LDAP).
     */
    public boolean singleSignOn() {
        return "oidc".equals(property("registry.auth", "local"));
    }

    /** The OpenID provider's name on the sign-in button (OIDC_PROVIDER_NAME). */
    public String singleSignOnName() {
        return property("registry.oidc.provider-name", "single sign-on");
    }

    /**
     * How many failed sign-ins one client may make for one user within {@link #signInFailureWindow()} before it is
     * answered 429 (REGISTRY_SIGN_IN_MAX_FAILURES, default 5: below Elytron's own lockout of an account after 10
     * failures in a row, so that one client alone cannot lock anyone out).
     */
    public int signInMaxFailures() {
        return intProperty("registry.sign-in.max-failures", 5);
    }

    /**
     * How many requests with a wrong API token one client address may send within the window before each wrong
     * token it sends is refused after its first try (REGISTRY_TOKEN_MAX_FAILURES, default 1000): the flood limit. A
     * token sent again after it failed is refused after {@link #signInMaxFailures()} anyway, and a valid token never.
     */
    public int tokenMaxFailures() {
        return intProperty("registry.token.max-failures", 1000);
    }

    /** The window in which failures count (REGISTRY_SIGN_IN_FAILURE_WINDOW_SECONDS, default 5 minutes). */
    public Duration signInFailureWindow() {
        return Duration.ofSeconds(Math.max(1, longProperty("registry.sign-in.failure-window-seconds", 300)));
    }

    /** How long the audit trail keeps an event in the database ({@code REGISTRY_AUDIT_RETENTION_DAYS}, 365). */
    public Duration auditRetention() {
        return Duration.ofDays(Math.max(1, longProperty("registry.audit.retention-days", 365)));
    }

    /** The site settings a new registry starts with. */
    public SiteInfo initialSiteInfo() {
        return new SiteInfo(property("registry.name", "SIF Registry"), null,
                property("registry.contact-email", ""), property("registry.help-link", ""), false,
                property("registry.id", "sifregistry"));
    }

    private static int intProperty(String name, int fallback) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, longProperty(name, fallback)));
    }

    private static long longProperty(String name, long fallback) {
        String value = property(name, Long.toString(fallback));
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The system property " + name + " must be a whole number, not '"
                    + value + "'", e);
        }
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
