package org.sifregistry.container.rest.library;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.collection.domain.UnsignedImageException;
import org.sifregistry.container.application.ImageService;
import org.sifregistry.container.rest.RequestBodies;

/**
 * The signed upload URLs of the library protocol. The client sends no token here, so the signature, made when an
 * owner started the upload, is the only credential; it names the image, the size and (for a part) its place. The
 * bytes are read from the connection ({@link RequestBodies}), not taken as an entity.
 */
@Path("library/upload/{imageId}")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "library")
@SecurityRequirementsSet({})
public class UploadResource {

    @Inject
    private Uploads uploads;

    @Inject
    private ImageService images;

    /**
     * The client needs exactly 200 here, and reads no error body: bytes a signed-only collection refuses are thrown
     * away and the refusal is told when the client completes the upload, which it reports with its message.
     */
    @PUT
    @RequestBody(ref = "#/components/requestBodies/Bytes")
    @APIResponse(responseCode = "200", description = "Received")
    public Response whole(@PathParam("imageId") long imageId, @QueryParam("size") long size,
                          @QueryParam("expires") long expires, @QueryParam("signature") String signature) {
        uploads.verifyUpload(imageId, size, expires, signature);
        try {
            uploads.receive(imageId, RequestBodies.current(), size);
        } catch (UnsignedImageException refused) {
            images.refuseUpload(imageId, refused.getMessage());
        }
        return Response.ok().build();
    }

    /** Answers the part's CRC-32C as its ETag, which the client sends back when it completes the upload. */
    @PUT
    @Path("{uploadId}/{partNumber}")
    @RequestBody(ref = "#/components/requestBodies/Bytes")
    @APIResponse(responseCode = "200", description = "Received",
            headers = @Header(name = "ETag", description = "The part's CRC-32C, to send back when completing"))
    public Response part(@PathParam("imageId") long imageId, @PathParam("uploadId") String uploadId,
                         @PathParam("partNumber") int partNumber, @QueryParam("offset") long offset,
                         @QueryParam("length") long length, @QueryParam("expires") long expires,
                         @QueryParam("signature") String signature) {
        uploads.verifyPart(imageId, uploadId, partNumber, offset, length, expires, signature);
        String checksum = uploads.receivePart(uploadId, offset, RequestBodies.current(), length);
        return Response.ok().header(HttpHeaders.ETAG, "\"" + checksum + "\"").build();
    }
}
