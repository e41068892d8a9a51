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

import org.sifregistry.container.domain.Container;
import org.sifregistry.container.rest.ImageDownloads;
import org.sifregistry.share.application.ShareService;

/**
 * {@code /api/share/{token}}: the download behind a share link, for anyone holding it, signed in or not. An unknown
 * token answers 404, an expired or revoked one 410. Each download counts as a pull of the container.
 */
@Path("share/{token}")
@Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
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
    public Response get(@PathParam("token") String token, @HeaderParam("Range") String range) {
        return answer(token, range, false);
    }

    @HEAD
    public Response head(@PathParam("token") String token, @HeaderParam("Range") String range) {
        return answer(token, range, true);
    }

    private Response answer(String token, String range, boolean headOnly) {
        Container container = shares.resolve(token);
        return downloads.stream(container.id(), container.digest(), range, headOnly, true);
    }
}
