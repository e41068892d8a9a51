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

import org.sifregistry.storage.ImageDigest;

/** The signed download URLs handed out by the shub and library APIs; the signature is the only credential. */
@Path("download/{containerId}/{version}")
@Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
public class DownloadResource {

    @Inject
    private ImageDownloads downloads;

    @GET
    public Response get(@PathParam("containerId") long containerId, @PathParam("version") String version,
                        @QueryParam("count") boolean counted, @QueryParam("expires") long expires,
                        @QueryParam("signature") String signature, @HeaderParam("Range") String range) {
        return answer(containerId, version, counted, expires, signature, range, false);
    }

    @HEAD
    public Response head(@PathParam("containerId") long containerId, @PathParam("version") String version,
                         @QueryParam("count") boolean counted, @QueryParam("expires") long expires,
                         @QueryParam("signature") String signature, @HeaderParam("Range") String range) {
        return answer(containerId, version, counted, expires, signature, range, true);
    }

    private Response answer(long containerId, String version, boolean counted, long expires, String signature,
                            String range, boolean headOnly) {
        downloads.verify(containerId, version, counted, expires, signature);
        return downloads.stream(containerId, ImageDigest.parse(version), range, headOnly, counted);
    }
}
