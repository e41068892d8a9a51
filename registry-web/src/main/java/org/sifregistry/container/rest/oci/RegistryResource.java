package org.sifregistry.container.rest.oci;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.application.ArtifactImage;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.domain.PushedManifest;
import org.sifregistry.container.domain.SifArtifact;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.container.rest.ImageDownloads;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ImageDigest;

/**
 * The pull side of the OCI Distribution API: the version check, manifests, blobs and tags of a repository. A
 * container name is a repository; an image stored through any protocol is a SIF artifact whose manifest is built
 * for it ({@link SifArtifact}); blobs stream from the image store like the other downloads, and a pull of the SIF
 * counts once (ranges after the first do not).
 */
@Path("oci/v2")
@OciApi
public class RegistryResource {

    static final String DIGEST_HEADER = "Docker-Content-Digest";
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final int CATALOG_PAGE = 100;
    private static final int CATALOG_MAX = 1000;

    @Inject
    private ArtifactService artifacts;

    @Inject
    private OciAccess access;

    @Inject
    private ImageDownloads downloads;

    @Inject
    private RegistryConfig config;

    @Inject
    private Caller caller;

    /** The version check; OCI clients authenticate when it answers 401, so it does without credentials. */
    @GET
    public Response version() {
        if (!access.hasCredentials(caller)) {
            throw access.challenge(null, null);
        }
        return Response.ok("{}", MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{name: .+}/manifests/{reference}")
    public Response manifest(@PathParam("name") String name, @PathParam("reference") String reference) {
        return manifest(name, reference, false);
    }

    @HEAD
    @Path("{name: .+}/manifests/{reference}")
    public Response manifestHead(@PathParam("name") String name, @PathParam("reference") String reference) {
        return manifest(name, reference, true);
    }

    @GET
    @Path("{name: .+}/blobs/{digest}")
    public Response blob(@PathParam("name") String name, @PathParam("digest") String digest,
                         @HeaderParam("Range") String range) {
        return blob(name, digest, range, false);
    }

    @HEAD
    @Path("{name: .+}/blobs/{digest}")
    public Response blobHead(@PathParam("name") String name, @PathParam("digest") String digest) {
        return blob(name, digest, null, true);
    }

    /** The repository's tags in lexical order, {@code n} at most after {@code last}, with a link to the next page. */
    @GET
    @Path("{name: .+}/tags/list")
    public Response tags(@PathParam("name") String name, @QueryParam("n") String n, @QueryParam("last") String last) {
        RepositoryName repository = repository(name);
        access.requirePull(repository, caller);
        int limit = pageSize(n);
        List<String> tags = artifacts.tags(repository.collection(), repository.name(), caller);
        if (tags.isEmpty()) {
            requireExists(repository);
        }
        List<String> after = last == null || last.isEmpty() ? tags
                : tags.stream().filter(t -> t.compareTo(last) > 0).toList();
        List<String> page = after.stream().limit(limit).toList();
        Response.ResponseBuilder answer = Response.ok(new TagList(repository.text(), page),
                MediaType.APPLICATION_JSON_TYPE);
        if (!page.isEmpty() && page.size() < after.size()) {
            answer.header("Link", "<" + UriBuilder.fromPath("/v2/" + repository.text() + "/tags/list")
                    .queryParam("n", limit).queryParam("last", page.get(page.size() - 1)).build() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /**
     * A pushed SIF artifact's manifest: kept as it came, and under a tag it publishes the SIF like a library push
     * (a new container, or the tag moved unless frozen), so every protocol then pulls it.
     */
    @PUT
    @Path("{name: .+}/manifests/{reference}")
    public Response putManifest(@PathParam("name") String name, @PathParam("reference") String reference,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException {
        RepositoryName repository = repository(name);
        access.requirePushCreating(repository, caller);
        PushedManifest manifest = PushedManifest.parse(body.readNBytes(PushedManifest.MAX_BYTES + 1), contentType);
        Tag tag = null;
        if (reference.contains(":")) {
            if (!digest(reference).equals(manifest.digest())) {
                throw new OciException(OciError.DIGEST_INVALID, "The manifest's digest is " + manifest.digest()
                        + ", not " + reference);
            }
        } else {
            tag = tag(reference);
        }
        if (!artifacts.publish(repository.collection(), repository.name(), tag, manifest, caller)) {
            throw new OciException(OciError.MANIFEST_BLOB_UNKNOWN, "Upload the layer " + manifest.layer()
                    + " before the manifest", Map.of("digest", "sha256:" + manifest.layer().hex()));
        }
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/v2/" + repository.text() + "/manifests/" + manifest.digest())
                .header(DIGEST_HEADER, manifest.digest())
                .header(HttpHeaders.CONTENT_LENGTH, 0)
                .build();
    }

    /**
     * Deletes a tag, or by digest the manifest with every tag of the name on its image, as an owner deletes
     * containers (frozen ones stay: 409 as DENIED); the SIF goes the way of untagged images.
     */
    @DELETE
    @Path("{name: .+}/manifests/{reference}")
    public Response deleteManifest(@PathParam("name") String name, @PathParam("reference") String reference) {
        RepositoryName repository = repository(name);
        access.requirePush(repository, caller);
        boolean deleted = reference.contains(":")
                ? artifacts.deleteManifest(repository.collection(), repository.name(), digest(reference), caller)
                : artifacts.untag(repository.collection(), repository.name(), tag(reference), caller);
        if (!deleted) {
            requireExists(repository);
            throw new OciException(OciError.MANIFEST_UNKNOWN, repository.text() + " has no manifest " + reference);
        }
        return Response.accepted().build();
    }

    /** Blobs go with their images, which go when no tag points at them any more: delete the manifest instead. */
    @DELETE
    @Path("{name: .+}/blobs/{digest}")
    public Response deleteBlob(@PathParam("name") String name, @PathParam("digest") String digest) {
        access.requirePush(repository(name), caller);
        throw new OciException(OciError.UNSUPPORTED, "Blobs are not deleted one by one here: delete the manifest, "
                + "and its SIF goes once no tag points at it");
    }

    /**
     * The repositories the caller may see, by collection and then name: {@code n} (at most {@value #CATALOG_MAX}, by default
     * {@value #CATALOG_PAGE}) after {@code last}, with a link to the next page.
     */
    @GET
    @Path("_catalog")
    public Response catalog(@QueryParam("n") String n, @QueryParam("last") String last) {
        int limit = Math.min(n == null || n.isEmpty() ? CATALOG_PAGE : pageSize(n), CATALOG_MAX);
        List<String> names = artifacts.catalog(last == null || last.isEmpty() ? null : last, limit + 1, caller);
        List<String> page = names.stream().limit(limit).toList();
        Response.ResponseBuilder answer = Response.ok(new Catalog(page), MediaType.APPLICATION_JSON_TYPE);
        if (names.size() > limit && !page.isEmpty()) {
            answer.header("Link", "<" + UriBuilder.fromPath("/v2/_catalog").queryParam("n", limit)
                    .queryParam("last", page.get(page.size() - 1)).build() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** The answer of {@code _catalog}. */
    public record Catalog(List<String> repositories) {
    }

    /** The answer of {@code tags/list}. */
    public record TagList(String name, List<String> tags) {
    }

    private Response manifest(String name, String reference, boolean headOnly) {
        RepositoryName repository = repository(name);
        access.requirePull(repository, caller);
        ArtifactImage image = (reference.contains(":")
                ? artifacts.byManifest(repository.collection(), repository.name(), digest(reference), caller)
                : artifacts.tagged(repository.collection(), repository.name(), tag(reference), caller))
                .orElseThrow(() -> {
                    requireExists(repository);
                    return new OciException(OciError.MANIFEST_UNKNOWN, repository.text() + " has no manifest "
                            + reference);
                });
        byte[] manifest = image.manifest();
        String digest = image.manifestDigest();
        return Response.ok(headOnly ? null : manifest, image.manifestType())
                .header(HttpHeaders.CONTENT_LENGTH, manifest.length)
                .header(DIGEST_HEADER, digest)
                .header(HttpHeaders.ETAG, "\"" + digest + "\"")
                .build();
    }

    private Response blob(String name, String digest, String range, boolean headOnly) {
        RepositoryName repository = repository(name);
        access.requirePull(repository, caller);
        String checked = digest(digest);
        if (checked.equals(SifArtifact.CONFIG_DIGEST)
                && artifacts.exists(repository.collection(), repository.name(), caller)) {
            return Response.ok(headOnly ? null : SifArtifact.CONFIG, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                    .header(HttpHeaders.CONTENT_LENGTH, SifArtifact.CONFIG.length)
                    .header(DIGEST_HEADER, checked)
                    .build();
        }
        ImageDigest layer = ImageDigest.parse(checked.substring("sha256:".length()));
        ArtifactImage image = artifacts.layer(repository.collection(), repository.name(), layer, caller)
                .orElseThrow(() -> new OciException(OciError.BLOB_UNKNOWN, repository.text() + " has no blob "
                        + checked));
        // REGISTRY_OCI_REDIRECT: the bytes from the signed URL of library pulls, counted here; HEAD still answers here
        Response answer = !headOnly && config.ociRedirects()
                ? downloads.redirect(image.containerId(), image.layer(), range)
                : downloads.stream(image.containerId(), image.layer(), range, headOnly, true);
        return Response.fromResponse(answer).header(DIGEST_HEADER, checked).build();
    }

    private RepositoryName repository(String name) {
        return RepositoryName.parse(name, config.libraryDefaultCollection());
    }

    private void requireExists(RepositoryName repository) {
        if (!artifacts.exists(repository.collection(), repository.name(), caller)) {
            throw new OciException(OciError.NAME_UNKNOWN, "There is no repository " + repository.text());
        }
    }

    /** Only sha256 digests: the registry stores nothing else. */
    static String digest(String text) {
        if (!SHA256.matcher(text).matches()) {
            throw new OciException(OciError.DIGEST_INVALID, "'" + abbreviated(text)
                    + "' is not a digest this registry knows: it is sha256:<64 lowercase hex digits>");
        }
        return text;
    }

    private static Tag tag(String text) {
        try {
            return new Tag(text);
        } catch (InvalidInputException e) {
            throw new OciException(OciError.TAG_INVALID, e.getMessage());
        }
    }

    private static int pageSize(String n) {
        if (n == null || n.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        try {
            int size = Integer.parseInt(n);
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new OciException(OciError.UNSUPPORTED, 400, "n must be a whole number of 0 or more", null, Map.of());
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
