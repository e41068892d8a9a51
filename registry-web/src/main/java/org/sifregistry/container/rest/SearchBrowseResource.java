package org.sifregistry.container.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.common.Caller;
import org.sifregistry.common.rest.ConditionalGet;
import org.sifregistry.container.application.ImageTag;
import org.sifregistry.container.application.SearchResult;
import org.sifregistry.container.application.SearchService;
import org.sifregistry.container.domain.ImageFilter;

/** The search box's answer: the visible collections and containers whose names contain the text. */
@Path("browse/search")
@Produces(MediaType.APPLICATION_JSON)
@ConditionalGet
@Tag(name = "browse")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class SearchBrowseResource {

    /** A found container name with its tags. */
    public record FoundContainer(String collection, String name, List<ImageTag> tags) {
    }

    public record Found(List<CollectionSummary> collections, List<FoundContainer> containers) {
    }

    @Inject
    private SearchService search;

    @Inject
    private Caller caller;

    @GET
    public Found search(@QueryParam("q") String text) {
        SearchResult found = search.search(text, ImageFilter.ANY, caller);
        return new Found(found.collections(), found.containers().stream()
                .map(k -> new FoundContainer(k.collection().value(), k.name().value(), k.tags())).toList());
    }
}
