package org.sifregistry.container.rest.library;

import java.util.List;

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

import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.UserText;
import org.sifregistry.container.rest.library.LibraryModels.Data;
import org.sifregistry.container.rest.library.LibraryModels.Entity;
import org.sifregistry.container.rest.library.LibraryModels.EntityRequest;
import org.sifregistry.user.application.NamespaceService;

/** Library entities: the user or team a push is made as. "Creating" one only checks that the caller may use it. */
@Path("library/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "library")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class EntityResource {

    @Inject
    private NamespaceService namespaces;

    @Inject
    private Caller caller;

    @GET
    @Path("{name}")
    public Data<Entity> get(@PathParam("name") String name) {
        if (!namespaces.exists(name)) {
            throw new NotFoundException(ErrorKey.LIBRARY_ENTITY_NOT_FOUND, UserText.quoted(name));
        }
        return entity(name);
    }

    @POST
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Data<Entity> create(EntityRequest request) {
        String name = request == null ? null : request.name();
        namespaces.requirePushable(name, caller);
        return entity(name);
    }

    private static Data<Entity> entity(String name) {
        return new Data<>(new Entity(name, name, "", List.of(), 0, 0, false, null));
    }
}
