package org.sifregistry.share.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.rest.ImageDownloads;
import org.sifregistry.share.application.ShareService;

/**
 * {@code /api/share/{token}}: the download behind a share link, for anyone holding it, signed in or not. An unknown
 * token answers 404, an expired or revoked one 410. Each download counts as a pull of the container.
 */
@Path("share/{token}")
@Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
@Tag(name = "share links")
@SecurityRequirementsSet({})
public class ShareDownloadResource {

    @Inject
    private ShareService shares;

    @Inject
    private ImageDownloads downloads;

    /** The link a share token makes, on the registry at {@code baseUrl}. */
    public static URI url(URI baseUrl, String token) {
        return UriBuilder.fromUri(baseUrl).path("api/share/{token}").build(token);
    }

    @GET
    @APIResponse(responseCode = "200", ref = "#/components/responses/Image")
    @APIResponse(responseCode = "206", ref = "#/components/responses/ImageRange")
    public Response get(@PathParam("token") String token, @HeaderParam("Range") String range) {
        return answer(token, range, false);
    }

    @HEAD
    @APIResponse(responseCode = "200", description = "The image's headers (length, ETag, Accept-Ranges); no body")
    @APIResponse(responseCode = "206", description = "The headers of the requested range")
    public Response head(@PathParam("token") String token, @HeaderParam("Range") String range) {
        return answer(token, range, true);
    }

    private Response answer(String token, String range, boolean headOnly) {
        Container container = shares.resolve(token);
        return downloads.stream(container.id(), container.digest(), range, headOnly, true, Protocol.SHARE);
    }
}
