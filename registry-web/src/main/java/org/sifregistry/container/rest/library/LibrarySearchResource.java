package org.sifregistry.container.rest.library;

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

import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.application.SearchResult;
import org.sifregistry.container.application.SearchService;
import org.sifregistry.container.rest.library.LibraryModels.Collection;
import org.sifregistry.container.rest.library.LibraryModels.Container;
import org.sifregistry.container.domain.ImageFilter;
import org.sifregistry.container.rest.library.LibraryModels.Data;
import org.sifregistry.container.rest.library.LibraryModels.Entity;
import org.sifregistry.container.rest.library.LibraryModels.Image;
import org.sifregistry.container.rest.library.LibraryModels.SearchResults;

/** {@code apptainer search}: entities, collections, containers and images whose names contain the text, among those the caller may see. */
@Path("library/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "library")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class LibrarySearchResource {

    static final int MIN_LENGTH = 3;

    @Inject
    private SearchService search;

    @Inject
    private Caller caller;

    /**
     * {@code arch} (a comma-separated list) and {@code signed=true} narrow the search to images, as the library
     * client documents; the images are what the Apptainer command line prints.
     */
    @GET
    public Data<SearchResults> search(@QueryParam("value") String value, @QueryParam("arch") String arch,
                                      @QueryParam("signed") String signed) {
        if (value == null || value.strip().length() < MIN_LENGTH) {
            throw new InvalidInputException("value", ErrorKey.LIBRARY_SEARCH_TOO_SHORT, MIN_LENGTH);
        }
        SearchResult found = search.search(value, ImageFilter.of(arch, signed), caller);
        List<Entity> entities = found.entities().stream()
                .map(name -> new Entity(name, name, "", List.of(), 0, 0, false, null))
                .toList();
        List<Collection> collections = found.collections().stream()
                .map(c -> new Collection(c.name(), c.name(), c.description(), null, null, List.of(), 0, c.privateCollection(),
                        null, c.updated()))
                .toList();
        List<Container> containers = found.containers().stream()
                .map(k -> LibraryContainerResource.view(k.collection(), k.name(), k.tags()))
                .toList();
        return new Data<>(new SearchResults(entities, collections, containers,
                found.images().stream().map(Image::of).toList()));
    }
}
