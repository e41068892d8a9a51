package org.sifregistry.site.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Page;
import org.sifregistry.common.rest.AnyOrigin;
import org.sifregistry.site.application.CentralIndexService;
import org.sifregistry.site.application.CentralIndexService.IndexedCollection;
import org.sifregistry.site.application.RegistryConfig;

/**
 * The public collections with their container names at {@code /api/collections/?format=json&page=N}, a Django REST
 * framework page as the original registry answers it. The central index's page reads it from its visitors'
 * browsers, so it may be read from any origin.
 */
@Path("collections{slash: /?}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "central index")
@SecurityRequirementsSet({})
public class PublicCollectionsResource {

    @Inject
    private CentralIndexService index;

    @Inject
    private RegistryConfig config;

    /** Pages count from 1; Django REST framework's {@code format=json} is taken and ignored, JSON being all there is. */
    @GET
    @AnyOrigin
    public CollectionsPage collections(@QueryParam("page") Integer page) {
        int number = page == null || page < 1 ? 1 : page;
        Page<IndexedCollection> found = index.publicCollections(number);
        boolean more = (long) number * CentralIndexService.PAGE_SIZE < found.total();
        return new CollectionsPage(found.total(), more ? pageLink(number + 1) : null,
                number > 1 ? pageLink(number - 1) : null, found.items());
    }

    private String pageLink(int number) {
        return UriBuilder.fromUri(config.baseUrl()).path("api/collections/").queryParam("format", "json")
                .queryParam("page", number).build().toString();
    }

    /** A Django REST framework page: the total, links to the pages around it, and its collections. */
    public record CollectionsPage(long count, String next, String previous, List<IndexedCollection> results) {
    }
}
