package org.sifregistry.container.rest.library;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.ImageDetails;
import org.sifregistry.container.application.ImageService;
import org.sifregistry.container.application.PullTarget;
import org.sifregistry.container.http.LookupCacheHandler;
import org.sifregistry.container.rest.ImageDownloads;
import org.sifregistry.container.rest.RequestBodies;
import org.sifregistry.container.rest.library.LibraryModels.Data;
import org.sifregistry.container.rest.library.LibraryModels.MultipartAbort;
import org.sifregistry.container.rest.library.LibraryModels.MultipartComplete;
import org.sifregistry.container.rest.library.LibraryModels.MultipartStart;
import org.sifregistry.container.rest.library.LibraryModels.MultipartUpload;
import org.sifregistry.container.rest.library.LibraryModels.PartRequest;
import org.sifregistry.container.rest.library.LibraryModels.PartUrl;
import org.sifregistry.container.rest.library.LibraryModels.Quota;
import org.sifregistry.container.rest.library.LibraryModels.UploadComplete;
import org.sifregistry.container.rest.library.LibraryModels.UploadRequest;
import org.sifregistry.container.rest.library.LibraryModels.UploadUrl;
import org.sifregistry.quota.application.QuotaUse;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ImageDigest;

/**
 * Image files of the library protocol: pulls (a 303 to a signed URL that honours Range, or the bytes themselves),
 * and pushes in one of three ways: v2 single part through a signed URL, v2 in parts, or the legacy v1 body.
 */
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "library")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class ImageFileResource {

    @Inject
    private LibraryRefs refs;

    @Inject
    private ContainerService containers;

    @Inject
    private ImageService images;

    @Inject
    private Uploads uploads;

    @Inject
    private ImageDownloads downloads;

    @Inject
    private RegistryConfig config;

    @Inject
    private Caller caller;

    @Inject
    private Audit audit;

    @GET
    @Path("v1/imagefile/{ref: .+}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "200", ref = "#/components/responses/Image")
    @APIResponse(responseCode = "206", ref = "#/components/responses/ImageRange")
    @APIResponse(responseCode = "303",
            description = "Where to fetch the image: a signed URL (REGISTRY_LIBRARY_REDIRECT)")
    public Response pull(@PathParam("ref") String ref, @HeaderParam("Range") String range) {
        PullTarget container = containers.pullTarget(refs.resolve(ref), caller);
        if (container.privateCollection()) {
            audit.record(AuditAction.PRIVATE_PULL, caller, container.ref(), container.version(), "library");
        }
        if (!config.libraryRedirects()) {
            return downloads.stream(container.id(), ImageDigest.parse(container.version()), range, false, true,
                    Protocol.LIBRARY);
        }
        // Counted while the image streams from the signed URL, not here: the lookup cache may keep this answer
        Response.ResponseBuilder redirect = Response.seeOther(downloads.signedUrl(container.id(), container.version(),
                true, Protocol.LIBRARY));
        if (container.privateCollection()) {
            // Every such pull must reach this method to be audited
            redirect.header(HttpHeaders.CACHE_CONTROL, LookupCacheHandler.NOT_KEPT);
        }
        return redirect.build();
    }

    /** The legacy (v1) upload: the image is the request body. */
    @POST
    @Path("v1/imagefile/{imageId}")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(ref = "#/components/requestBodies/Bytes")
    @APIResponse(responseCode = "200", description = "Received: {\"data\":null}")
    public Response legacyUpload(@PathParam("imageId") String imageId,
                                 @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long size) {
        long id = LibraryRef.imageId(imageId);
        images.uploadable(id, caller);
        if (size != null) {
            uploads.requireAcceptableSize(id, size);
        }
        uploads.receive(id, RequestBodies.current(), size);
        return Response.ok(new Data<>(null)).build();
    }

    @POST
    @Path("v2/imagefile/{imageId}")
    public Data<UploadUrl> startUpload(@PathParam("imageId") String imageId, UploadRequest request) {
        long id = LibraryRef.imageId(imageId);
        ImageDetails image = images.uploadable(id, caller);
        uploads.requireAcceptableSize(id, request == null ? null : request.filesize());
        String announced = request.sha256sum();
        if (announced != null && !announced.isBlank() && !ImageDigest.parse(announced).version().equals(image.version())) {
            throw new InvalidInputException("sha256sum", ErrorKey.LIBRARY_SHA256_MISMATCH, announced,
                    image.version());
        }
        return new Data<>(new UploadUrl(uploads.uploadUrl(id, request.filesize()).toString()));
    }

    @PUT
    @Path("v2/imagefile/{imageId}/_complete")
    public Data<UploadComplete> completeUpload(@PathParam("imageId") String imageId) {
        return new Data<>(completed(images.requireUploaded(LibraryRef.imageId(imageId), caller)));
    }

    @POST
    @Path("v2/imagefile/{imageId}/_multipart")
    public Data<MultipartUpload> startParts(@PathParam("imageId") String imageId, MultipartStart request) {
        long id = LibraryRef.imageId(imageId);
        images.uploadable(id, caller);
        Long size = request == null ? null : request.filesize();
        uploads.requireAcceptableSize(id, size);
        long partSize = uploads.partSize();
        int parts = (int) ((size + partSize - 1) / partSize);
        return new Data<>(new MultipartUpload(uploads.begin(), parts, partSize,
                Map.of("s3compliant", "false")));
    }

    @PUT
    @Path("v2/imagefile/{imageId}/_multipart")
    public Data<PartUrl> partUrl(@PathParam("imageId") String imageId, PartRequest request) {
        long id = LibraryRef.imageId(imageId);
        images.uploadable(id, caller);
        if (request == null || request.partNumber() == null || request.partNumber() < 1
                || request.partSize() == null || request.partSize() < 1 || request.partSize() > uploads.partSize()) {
            throw new InvalidInputException("part", ErrorKey.LIBRARY_PART, uploads.partSize());
        }
        return new Data<>(new PartUrl(uploads.partUrl(id, request.uploadID(), request.partNumber(),
                request.partSize()).toString()));
    }

    @PUT
    @Path("v2/imagefile/{imageId}/_multipart_complete")
    public Data<UploadComplete> completeParts(@PathParam("imageId") String imageId, MultipartComplete request) {
        long id = LibraryRef.imageId(imageId);
        images.uploadable(id, caller);
        if (request == null || request.uploadID() == null) {
            throw new InvalidInputException("uploadID", ErrorKey.LIBRARY_UPLOAD_ID);
        }
        return new Data<>(completed(uploads.completeParts(id, request.uploadID())));
    }

    @PUT
    @Path("v2/imagefile/{imageId}/_multipart_abort")
    public Data<Object> abortParts(@PathParam("imageId") String imageId, MultipartAbort request) {
        images.uploadable(LibraryRef.imageId(imageId), caller);
        if (request != null && request.uploadID() != null) {
            uploads.abortParts(request.uploadID());
        }
        return new Data<>(null);
    }

    /**
     * The client prints where the pushed container can be seen, and the quota its collection counts against (the
     * total is 0 when there is none).
     */
    private UploadComplete completed(ImageDetails image) {
        String page = UriBuilder.fromUri(config.baseUrl()).path("collections/index.xhtml")
                .queryParam("q", image.collection()).build().toString();
        QuotaUse quota = images.quotaOf(image.id());
        return new UploadComplete(new Quota(quota.total(), quota.usage()), page);
    }
}
