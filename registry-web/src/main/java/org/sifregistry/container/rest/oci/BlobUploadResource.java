package org.sifregistry.container.rest.oci;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.container.rest.RequestBodies;
import org.sifregistry.quota.domain.QuotaExceededException;
import org.sifregistry.site.application.RegistryConfig;

/**
 * Blob uploads of the OCI Distribution API, every flow the Apptainer clients use: monolithic ({@code POST ?digest=}
 * with the body, or {@code POST} then {@code PUT <Location>?digest=} with it; Apptainer 1.0-1.2), one {@code PATCH}
 * of the whole blob then an empty {@code PUT} (1.3 and later), and chunks in order with {@code Content-Range}; with
 * the upload's status on {@code GET} and its cancellation on {@code DELETE}. Each request needs the right to push.
 * Bodies are read from the connection ({@link RequestBodies}), not taken as entities.
 */
@Path("oci/v2")
@OciApi
@Tag(name = "oci")
@SecurityRequirement(name = "ociToken")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class BlobUploadResource {

    private static final String UPLOAD_UUID = "Docker-Upload-UUID";
    private static final Pattern CONTENT_RANGE = Pattern.compile("(?:bytes )?(\\d+)-(\\d+)(?:/.*)?");

    @Inject
    private BlobUploads uploads;

    @Inject
    private OciAccess access;

    @Inject
    private RegistryConfig config;

    @Inject
    private Caller caller;

    /**
     * Starts an upload, takes a whole blob ({@code digest}), or mounts one from another repository ({@code mount}
     * and {@code from}, or with no {@code from} from any the caller may pull it from); a mount that cannot be made
     * (the blob is not there, or the caller may not pull it there) starts an upload instead, as the specification
     * says, and so reveals nothing.
     */
    @POST
    @Path("{name: .+}/blobs/uploads{slash: /?}")
    @RequestBody(ref = "#/components/requestBodies/Bytes", description = "The whole blob, with digest")
    @APIResponse(responseCode = "201", ref = "#/components/responses/Stored",
            description = "Received whole (digest) or mounted (mount)")
    @APIResponse(responseCode = "202", ref = "#/components/responses/UploadProgress", description = "An upload started")
    public Response start(@PathParam("name") String name, @QueryParam("digest") String digest,
                          @QueryParam("mount") String mount, @QueryParam("from") String from,
                          @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long size) {
        RepositoryName repository = RepositoryName.parse(name, config.libraryDefaultCollection());
        access.requirePushCreating(repository, caller);
        if (mount != null && digest == null) {
            String checked = RegistryResource.digest(mount);
            if (uploads.mount(repository, checked, from, caller)) {
                return created(repository, checked);
            }
        }
        if (digest != null) {
            String checked = RegistryResource.digest(digest);
            if (size != null) {
                uploads.requireRoom(repository, checked, size, caller);
            }
            uploads.receive(repository, RequestBodies.current(), checked, caller);
            return created(repository, checked);
        }
        String uploadId = uploads.begin();
        return progress(Response.accepted(), repository, uploadId, 0);
    }

    @PATCH
    @Path("{name: .+}/blobs/uploads/{upload}")
    @RequestBody(ref = "#/components/requestBodies/Bytes")
    @APIResponse(responseCode = "202", ref = "#/components/responses/UploadProgress", description = "Appended")
    @APIResponse(responseCode = "416", ref = "#/components/responses/OciError",
            description = "The chunk does not start where the upload ends")
    public Response chunk(@PathParam("name") String name, @PathParam("upload") String uploadId,
                          @HeaderParam("Content-Range") String contentRange) {
        RepositoryName repository = pushable(name);
        if (contentRange != null) {
            long length = uploads.length(uploadId);
            Matcher range = CONTENT_RANGE.matcher(contentRange.strip());
            if (!range.matches() || Long.parseLong(range.group(1)) != length) {
                throw new OciException(OciError.BLOB_UPLOAD_INVALID, 416, "The upload holds " + length
                        + " bytes: the next chunk starts there, not at " + contentRange, null,
                        Map.of("Range", range(length), "Location", location(repository, uploadId)));
            }
        }
        long length = uploads.append(uploadId, RequestBodies.current());
        return progress(Response.accepted(), repository, uploadId, length);
    }

    @PUT
    @Path("{name: .+}/blobs/uploads/{upload}")
    @RequestBody(ref = "#/components/requestBodies/Bytes", description = "The last bytes, if any")
    @APIResponse(responseCode = "201", ref = "#/components/responses/Stored",
            description = "The blob, checked against digest")
    public Response complete(@PathParam("name") String name, @PathParam("upload") String uploadId,
                             @QueryParam("digest") String digest, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long size) {
        RepositoryName repository = pushable(name);
        if (digest == null) {
            throw new OciException(OciError.DIGEST_INVALID, "The upload is completed with ?digest=sha256:<hex>");
        }
        String checked = RegistryResource.digest(digest);
        if (size != null) {
            long total = uploads.length(uploadId) + size;
            try {
                uploads.requireRoom(repository, checked, total, caller);
            } catch (QuotaExceededException e) {
                // What the upload holds would never fit either: nothing of it is kept
                uploads.cancel(uploadId);
                throw e;
            }
        }
        uploads.append(uploadId, RequestBodies.current());
        uploads.complete(repository, uploadId, checked, caller);
        return created(repository, checked);
    }

    @GET
    @Path("{name: .+}/blobs/uploads/{upload}")
    @APIResponse(responseCode = "204", ref = "#/components/responses/UploadProgress",
            description = "How much the upload holds")
    public Response status(@PathParam("name") String name, @PathParam("upload") String uploadId) {
        RepositoryName repository = pushable(name);
        return progress(Response.noContent(), repository, uploadId, uploads.length(uploadId));
    }

    @DELETE
    @Path("{name: .+}/blobs/uploads/{upload}")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public Response cancel(@PathParam("name") String name, @PathParam("upload") String uploadId) {
        pushable(name);
        uploads.cancel(uploadId);
        return Response.noContent().build();
    }

    private RepositoryName pushable(String name) {
        RepositoryName repository = RepositoryName.parse(name, config.libraryDefaultCollection());
        access.requirePush(repository, caller);
        return repository;
    }

    private static Response progress(Response.ResponseBuilder answer, RepositoryName repository, String uploadId,
                                     long length) {
        return answer.header(HttpHeaders.LOCATION, location(repository, uploadId))
                .header("Range", range(length))
                .header(UPLOAD_UUID, uploadId)
                .header(HttpHeaders.CONTENT_LENGTH, 0)
                .build();
    }

    private static Response created(RepositoryName repository, String digest) {
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/v2/" + repository.text() + "/blobs/" + digest)
                .header(RegistryResource.DIGEST_HEADER, digest)
                .header(HttpHeaders.CONTENT_LENGTH, 0)
                .build();
    }

    /** Relative, so the client comes back the way it came (the OCI specification allows both). */
    private static String location(RepositoryName repository, String uploadId) {
        return "/v2/" + repository.text() + "/blobs/uploads/" + uploadId;
    }

    /** What the upload holds, {@code 0-<last byte>}; {@code 0-0} while empty, as the reference registry says. */
    private static String range(long length) {
        return "0-" + Math.max(0, length - 1);
    }
}
