package org.sifregistry.collection.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.collection.application.CollectionDetails;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.rest.ConditionalGet;
import org.sifregistry.common.rest.Listing;
import org.sifregistry.common.rest.PageParameters;
import org.sifregistry.container.application.ContainerGroup;
import org.sifregistry.container.application.ContainerService;

/**
 * The collections the caller may see, as the collections page lists them: a private collection the caller has no
 * part in is never listed, counted or found (404, as if it did not exist).
 */
@Path("browse/collections")
@Produces(MediaType.APPLICATION_JSON)
@ConditionalGet
@Tag(name = "browse")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class CollectionBrowseResource {

    @Inject
    private CollectionService collections;

    @Inject
    private ContainerService containers;

    @Inject
    private Caller caller;

    /**
     * @param search part of the name, case-insensitive
     * @param sort   name, updated, created, stars or downloads
     */
    @GET
    public Listing<CollectionSummary> list(@QueryParam("search") String search,
                                           @QueryParam("sort") @DefaultValue("name") String sort,
                                           @QueryParam("descending") boolean descending,
                                           @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        CollectionQuery query = new CollectionQuery(search, CollectionSort.named(sort), descending);
        return Listing.of(collections.list(query, page, caller), collections.count(query, caller), page);
    }

    @GET
    @Path("{name}")
    public CollectionDetails details(@PathParam("name") String name) {
        return collections.details(new CollectionName(name), caller);
    }

    /** The container names of the collection, each with its tags. */
    @GET
    @Path("{name}/containers")
    public Listing<ContainerGroup> containers(@PathParam("name") String name, @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        CollectionName collection = new CollectionName(name);
        return Listing.of(containers.groups(collection, page, caller), containers.countGroups(collection, caller),
                page);
    }
}
