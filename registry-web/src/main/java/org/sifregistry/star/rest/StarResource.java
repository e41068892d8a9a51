package org.sifregistry.star.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.star.application.StarService;

/**
 * The caller's stars, as the star toggle of a collection's page sets them: starring is idempotent, so a script may
 * PUT a star it already gave. Anyone signed in may star what they can see.
 */
@Path("stars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stars")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class StarResource {

    /** A starred collection and how many stars it has in all. */
    public record StarredCollection(String name, long stars) {

        static StarredCollection of(CollectionSummary collection) {
            return new StarredCollection(collection.name(), collection.starCount());
        }
    }

    public record StarredList(List<StarredCollection> items, long total) {
    }

    @Inject
    private StarService stars;

    @Inject
    private CollectionService collections;

    @Inject
    private Caller caller;

    /** The collections the caller starred and may still see, the latest star first. */
    @GET
    public StarredList list(@QueryParam("offset") @DefaultValue("0") int offset,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        PageRequest page = new PageRequest(offset, limit);
        return new StarredList(collections.listStarred(page, caller).stream().map(StarredCollection::of).toList(),
                collections.countStarred(caller));
    }

    @PUT
    @Path("{collection}")
    @APIResponse(responseCode = "204", description = "Starred")
    public Response star(@PathParam("collection") String collection) {
        stars.star(new CollectionName(collection), caller);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{collection}")
    @APIResponse(responseCode = "204", description = "Not starred")
    public Response unstar(@PathParam("collection") String collection) {
        stars.unstar(new CollectionName(collection), caller);
        return Response.noContent().build();
    }
}
