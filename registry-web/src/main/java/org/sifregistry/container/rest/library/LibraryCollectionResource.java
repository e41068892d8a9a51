package org.sifregistry.container.rest.library;

import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionNotFoundException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.rest.library.LibraryModels.Collection;
import org.sifregistry.container.rest.library.LibraryModels.CollectionRequest;
import org.sifregistry.container.rest.library.LibraryModels.Data;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.user.application.Namespace;
import org.sifregistry.user.application.NamespaceService;

/**
 * Library collections are the registry's collections; the entity in the path is not part of the name. One made
 * under a team's entity is shared with that team; one a manager makes under another user's entity is that user's.
 */
@Path("library/v1/collections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "library")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class LibraryCollectionResource {

    @Inject
    private LibraryRefs refs;

    @Inject
    private CollectionService collections;

    @Inject
    private NamespaceService namespaces;

    @Inject
    private SettingsService settings;

    @Inject
    private Caller caller;

    @GET
    @Path("{entity}/{name}")
    public Data<Collection> get(@PathParam("entity") String entity, @PathParam("name") String name) {
        CollectionName collectionName = new CollectionName(name);
        refs.requireEntity(entity, collectionName);
        org.sifregistry.collection.domain.Collection found = collections.find(collectionName, caller)
                .orElseThrow(() -> new CollectionNotFoundException(collectionName));
        return new Data<>(view(found, entity));
    }

    @POST
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Data<Collection> create(CollectionRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", ErrorKey.LIBRARY_COLLECTION_BODY);
        }
        CollectionName name = new CollectionName(request.name());
        Namespace namespace = namespaces.requirePushable(request.entity(), caller);
        boolean privateCollection = request.privateCollection() == null
                ? settings.get().defaultPrivate() : request.privateCollection();
        org.sifregistry.collection.domain.Collection created =
                collections.create(name, privateCollection, namespace.owner(), request.description(), caller);
        namespace.sharedWith().ifPresent(t -> collections.addTeam(name, t, caller));
        return new Data<>(view(created, request.entity()));
    }

    private static Collection view(org.sifregistry.collection.domain.Collection collection, String entity) {
        String name = collection.name().value();
        return new Collection(name, name, Objects.toString(collection.description(), ""), entity, entity, List.of(), 0,
                collection.isPrivate(), null, null);
    }
}
