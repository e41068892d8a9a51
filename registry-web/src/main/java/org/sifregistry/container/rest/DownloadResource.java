package org.sifregistry.container.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.storage.ImageDigest;

/** The signed download URLs handed out by the shub and library APIs; the signature is the only credential. */
@Path("download/{containerId}/{version}")
@Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
@Tag(name = "downloads")
@SecurityRequirementsSet({})
public class DownloadResource {

    @Inject
    private ImageDownloads downloads;

    @GET
    @APIResponse(responseCode = "200", ref = "#/components/responses/Image")
    @APIResponse(responseCode = "206", ref = "#/components/responses/ImageRange")
    public Response get(@PathParam("containerId") long containerId, @PathParam("version") String version,
                        @QueryParam("count") boolean counted, @QueryParam("via") String via,
                        @QueryParam("expires") long expires,
                        @QueryParam("signature") String signature, @HeaderParam("Range") String range) {
        return answer(containerId, version, counted, via, expires, signature, range, false);
    }

    @HEAD
    @APIResponse(responseCode = "200", description = "The image's headers (length, ETag, Accept-Ranges); no body")
    @APIResponse(responseCode = "206", description = "The headers of the requested range")
    public Response head(@PathParam("containerId") long containerId, @PathParam("version") String version,
                         @QueryParam("count") boolean counted, @QueryParam("via") String via,
                        @QueryParam("expires") long expires,
                         @QueryParam("signature") String signature, @HeaderParam("Range") String range) {
        return answer(containerId, version, counted, via, expires, signature, range, true);
    }

    private Response answer(long containerId, String version, boolean counted, String via, long expires,
                            String signature, String range, boolean headOnly) {
        Protocol protocol = downloads.verify(containerId, version, counted, via, expires, signature);
        return downloads.stream(containerId, ImageDigest.parse(version), range, headOnly, counted, protocol);
    }
}
