package org.sifregistry.container.rest.oci;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.common.Caller;
import org.sifregistry.common.DeadlockRetry;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.container.application.ArtifactContent;
import org.sifregistry.container.application.ArtifactImage;
import org.sifregistry.container.application.ArtifactService.BlobDeletion;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.Referrer;
import org.sifregistry.container.application.RepositoryAccess;
import org.sifregistry.container.domain.OciManifest;
import org.sifregistry.container.domain.PushedManifest;
import org.sifregistry.container.domain.SifArtifact;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.container.rest.ImageDownloads;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.storage.StoredImage;

/**
 * The OCI Distribution API but for blob uploads: the version check, manifests, blobs, tags and referrers of a
 * repository. A container name is a repository; an image stored through any protocol is a SIF artifact whose
 * manifest is built for it ({@link SifArtifact}); blobs stream from the image store like the other downloads, and a
 * pull of the SIF counts once (ranges after the first do not). Other OCI content (container images, indexes,
 * signatures) is kept and served as it was pushed; pulling its blobs counts nothing, since downloads are counted
 * per container and such content is none.
 */
@Path("oci/v2")
@OciApi
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "oci")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "ociToken")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class RegistryResource {

    static final String DIGEST_HEADER = "Docker-Content-Digest";
    private static final String SUBJECT_HEADER = "OCI-Subject";
    private static final String FILTERS_HEADER = "OCI-Filters-Applied";
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
    private RegistryMetrics metrics;

    @Inject
    private Caller caller;

    @Inject
    private Audit audit;

    /** The version check; OCI clients authenticate when it answers 401, so it does without credentials. */
    @GET
    @APIResponse(responseCode = "200", description = "The API is here and the credentials are good: {}",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/OciError",
            description = "No credentials: the challenge (WWW-Authenticate) says where to get a token")
    public Response version() {
        if (!access.hasCredentials(caller)) {
            throw access.challenge(null, null);
        }
        return Response.ok("{}", MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{name: .+}/manifests/{reference}")
    @APIResponse(responseCode = "200", ref = "#/components/responses/Manifest")
    public Response manifest(@PathParam("name") String name, @PathParam("reference") String reference) {
        return manifest(name, reference, false);
    }

    @HEAD
    @Path("{name: .+}/manifests/{reference}")
    @APIResponse(responseCode = "200", description = "The manifest's headers (type, length, digest); no body",
            headers = @Header(name = "Docker-Content-Digest", description = "The digest"))
    public Response manifestHead(@PathParam("name") String name, @PathParam("reference") String reference) {
        return manifest(name, reference, true);
    }

    @GET
    @Path("{name: .+}/blobs/{digest}")
    @APIResponse(responseCode = "200", ref = "#/components/responses/Image", description = "The blob")
    @APIResponse(responseCode = "206", ref = "#/components/responses/ImageRange")
    @APIResponse(responseCode = "307", description = "Where to fetch a SIF layer: a signed URL (REGISTRY_OCI_REDIRECT)")
    public Response blob(@PathParam("name") String name, @PathParam("digest") String digest,
                         @HeaderParam("Range") String range) {
        return blob(name, digest, range, false);
    }

    @HEAD
    @Path("{name: .+}/blobs/{digest}")
    @APIResponse(responseCode = "200", description = "The blob's headers (length, digest); no body",
            headers = @Header(name = "Docker-Content-Digest", description = "The digest"))
    public Response blobHead(@PathParam("name") String name, @PathParam("digest") String digest) {
        return blob(name, digest, null, true);
    }

    /** The repository's tags in lexical order, {@code n} at most after {@code last}, with a link to the next page. */
    @GET
    @Path("{name: .+}/tags/list")
    @APIResponse(responseCode = "200", description = "A page of the tags",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TagList.class)),
            headers = @Header(name = "Link", description = "The next page, rel=\"next\", when there is one"))
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
     * A pushed manifest, kept as it came. A SIF artifact's publishes the SIF under the tag like a library push (a
     * new container, or the tag moved unless frozen), so every protocol then pulls it; any other is stored as an OCI
     * registry stores it, its tag moved from a SIF container if one had it. Everything it lists must be here.
     */
    @PUT
    @Path("{name: .+}/manifests/{reference}")
    @SecurityRequirement(name = "ociToken")
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    @RequestBody(ref = "#/components/requestBodies/Manifest")
    @APIResponse(responseCode = "201", ref = "#/components/responses/Stored",
            description = "Stored; a SIF artifact's is published under the tag")
    public Response putManifest(@PathParam("name") String name, @PathParam("reference") String reference,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException {
        RepositoryName repository = repository(name);
        access.requirePushCreating(repository, caller);
        byte[] content = body.readNBytes(PushedManifest.MAX_BYTES + 1);
        if (content.length > PushedManifest.MAX_BYTES) {
            String message = new InvalidInputException("manifest", ErrorKey.MANIFEST_TOO_LARGE,
                    "more than " + PushedManifest.MAX_BYTES, PushedManifest.MAX_BYTES).getMessage();
            throw new OciException(OciError.MANIFEST_INVALID, 413, message, null, Map.of());
        }
        OciManifest manifest = OciManifest.parse(content, contentType);
        boolean byDigest = reference.contains(":");
        if (byDigest && !digest(reference).equals(manifest.digest())) {
            throw new OciException(OciError.DIGEST_INVALID, "The manifest's digest is " + manifest.digest()
                    + ", not " + reference);
        }
        Tag tag = byDigest ? null : tag(reference);
        if (manifest.describesSif()) {
            PushedManifest sif = PushedManifest.parse(content, contentType);
            if (!DeadlockRetry.call(() -> artifacts.publish(repository.collection(), repository.name(), tag, sif,
                    caller))) {
                throw blobUnknown(sif.layer().hex());
            }
            metrics.pushed(Protocol.ORAS);
        } else {
            Optional<String> missing = DeadlockRetry.call(() -> artifacts.publishOther(repository.collection(),
                    repository.name(), tag, manifest, caller));
            if (missing.isPresent()) {
                throw blobUnknown(missing.get().substring("sha256:".length()));
            }
        }
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/v2/" + repository.text() + "/manifests/" + manifest.digest())
                .header(DIGEST_HEADER, manifest.digest())
                .header(HttpHeaders.CONTENT_LENGTH, 0);
        if (manifest.subject() != null) {
            answer.header(SUBJECT_HEADER, manifest.subject().digest());
        }
        return answer.build();
    }

    /**
     * The manifests of the repository that refer to {@code digest} by their {@code subject}, as an OCI index, of one
     * artifact type when {@code artifactType} is given; empty when there are none (the subject need not be here).
     */
    @GET
    @Path("{name: .+}/referrers/{digest}")
    @APIResponse(responseCode = "200", description = "The referrers, as an image index",
            content = @Content(mediaType = "application/vnd.oci.image.index.v1+json",
                    schema = @Schema(implementation = ReferrerIndex.class)))
    public Response referrers(@PathParam("name") String name, @PathParam("digest") String digest,
                              @QueryParam("artifactType") String artifactType) {
        RepositoryName repository = repository(name);
        access.requirePull(repository, caller);
        String subject = digest(digest);
        String filter = artifactType == null || artifactType.isEmpty() ? null : artifactType;
        List<Referrer> referrers = artifacts.referrers(repository.collection(), repository.name(), subject, filter,
                caller).orElseThrow(() -> new OciException(OciError.NAME_UNKNOWN, "There is no repository "
                + repository.text()));
        Response.ResponseBuilder answer = Response.ok(ReferrerIndex.of(referrers), OciManifest.OCI_INDEX);
        if (filter != null) {
            answer.header(FILTERS_HEADER, "artifactType");
        }
        return answer.build();
    }

    /** The answer of {@code referrers}: an OCI image index of the referrers' descriptors. */
    public record ReferrerIndex(int schemaVersion, String mediaType, List<Referrer> manifests) {

        static ReferrerIndex of(List<Referrer> referrers) {
            return new ReferrerIndex(2, OciManifest.OCI_INDEX, referrers);
        }
    }

    /**
     * Deletes a tag, or by digest the manifest with every tag of the name on its image, as an owner deletes
     * containers (frozen ones stay: 409 as DENIED); the SIF goes the way of untagged images.
     */
    @DELETE
    @Path("{name: .+}/manifests/{reference}")
    @SecurityRequirement(name = "ociToken")
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "202", description = "Deleted")
    public Response deleteManifest(@PathParam("name") String name, @PathParam("reference") String reference) {
        RepositoryName repository = repository(name);
        access.requirePush(repository, caller);
        boolean deleted = DeadlockRetry.call(() -> reference.contains(":")
                ? artifacts.deleteManifest(repository.collection(), repository.name(), digest(reference), caller)
                : artifacts.untag(repository.collection(), repository.name(), tag(reference), caller));
        if (!deleted) {
            requireExists(repository);
            throw new OciException(OciError.MANIFEST_UNKNOWN, repository.text() + " has no manifest " + reference);
        }
        return Response.accepted().build();
    }

    /**
     * Unlinks a blob from the repository (its content goes with the garbage once nothing links it). A SIF image goes
     * only while no tag points at it; otherwise the refusal says to delete its manifest (or tags) first, since its
     * tags are containers the other protocols serve.
     */
    @DELETE
    @Path("{name: .+}/blobs/{digest}")
    @SecurityRequirement(name = "ociToken")
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "202", description = "Unlinked from the repository")
    public Response deleteBlob(@PathParam("name") String name, @PathParam("digest") String digest) {
        RepositoryName repository = repository(name);
        access.requirePush(repository, caller);
        String checked = digest(digest);
        BlobDeletion deletion = artifacts.deleteBlob(repository.collection(), repository.name(),
                ImageDigest.parse(checked.substring("sha256:".length())), caller);
        return switch (deletion) {
            case DELETED -> Response.accepted().header(HttpHeaders.CONTENT_LENGTH, 0).build();
            case TAGGED -> throw new OciException(OciError.DENIED, checked + " is a SIF a tag of " + repository.text()
                    + " points at: delete the manifest (or its tags) first, and the SIF goes with it");
            case UNKNOWN -> throw new OciException(OciError.BLOB_UNKNOWN, repository.text() + " has no blob "
                    + checked);
        };
    }

    /**
     * The repositories the caller may see, by collection and then name: {@code n} (at most {@value #CATALOG_MAX}, by default
     * {@value #CATALOG_PAGE}) after {@code last}, with a link to the next page.
     */
    @GET
    @Path("_catalog")
    @APIResponse(responseCode = "200", description = "A page of the repositories",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Catalog.class)),
            headers = @Header(name = "Link", description = "The next page, rel=\"next\", when there is one"))
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
        boolean byDigest = reference.contains(":");
        Tag tag = byDigest ? null : tag(reference);
        String wanted = byDigest ? digest(reference) : null;
        ArtifactContent found = (byDigest
                ? artifacts.byManifest(repository.collection(), repository.name(), wanted, caller)
                : artifacts.tagged(repository.collection(), repository.name(), tag, caller))
                .map(i -> new ArtifactContent(i.manifestDigest(), i.manifestType(), i.manifest()))
                .or(() -> byDigest
                        ? artifacts.otherByDigest(repository.collection(), repository.name(), wanted, caller)
                        : artifacts.otherTagged(repository.collection(), repository.name(), tag, caller))
                .orElseThrow(() -> {
                    requireExists(repository);
                    return new OciException(OciError.MANIFEST_UNKNOWN, repository.text() + " has no manifest "
                            + reference);
                });
        byte[] manifest = found.content();
        String digest = found.digest();
        return Response.ok(headOnly ? null : manifest, found.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, manifest.length)
                .header(DIGEST_HEADER, digest)
                .header(HttpHeaders.ETAG, "\"" + digest + "\"")
                .build();
    }

    private Response blob(String name, String digest, String range, boolean headOnly) {
        RepositoryName repository = repository(name);
        RepositoryAccess rules = access.requirePull(repository, caller);
        String checked = digest(digest);
        if (checked.equals(SifArtifact.CONFIG_DIGEST)
                && artifacts.exists(repository.collection(), repository.name(), caller)) {
            return Response.ok(headOnly ? null : SifArtifact.CONFIG, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                    .header(HttpHeaders.CONTENT_LENGTH, SifArtifact.CONFIG.length)
                    .header(DIGEST_HEADER, checked)
                    .build();
        }
        ImageDigest layer = ImageDigest.parse(checked.substring("sha256:".length()));
        Optional<ArtifactImage> image = artifacts.layer(repository.collection(), repository.name(), layer, caller);
        Response answer;
        if (image.isPresent() && rules.privateCollection() && !headOnly && ImageDownloads.startsAPull(range)) {
            audit.record(AuditAction.PRIVATE_PULL, caller, repository.text(), layer.version(), "oras");
        }
        if (image.isPresent()) {
            // REGISTRY_OCI_REDIRECT: the bytes from the signed URL of library pulls, counted here; HEAD answers here
            answer = !headOnly && config.ociRedirects()
                    ? downloads.redirect(image.get().containerId(), image.get().layer(), range, Protocol.ORAS)
                    : downloads.stream(image.get().containerId(), image.get().layer(), range, headOnly, true,
                            Protocol.ORAS);
        } else {
            StoredImage other = artifacts.otherBlob(repository.collection(), repository.name(), layer, caller)
                    .orElseThrow(() -> new OciException(OciError.BLOB_UNKNOWN, repository.text() + " has no blob "
                            + checked));
            answer = downloads.stream(ContainerDetails.UNTAGGED, other.digest(), range, headOnly, false,
                    Protocol.ORAS);
        }
        return Response.fromResponse(answer).header(DIGEST_HEADER, checked).build();
    }

    private static OciException blobUnknown(String hex) {
        return new OciException(OciError.MANIFEST_BLOB_UNKNOWN, "Upload sha256:" + hex + " before the manifest",
                Map.of("digest", "sha256:" + hex));
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
