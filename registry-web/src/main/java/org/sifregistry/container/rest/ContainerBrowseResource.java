package org.sifregistry.container.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.common.rest.ConditionalGet;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.ContainerRef;

/**
 * One container as its page shows it ({@code /api/browse/containers/science/rocks:v1}, or {@code @sha256.<hex>}
 * for a version): labels, topics, signatures, sizes, what was read from its image.
 */
@Path("browse/containers/{collection}/{container}")
@Produces(MediaType.APPLICATION_JSON)
@ConditionalGet
@Tag(name = "browse")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class ContainerBrowseResource {

    @Inject
    private ContainerService containers;

    @Inject
    private Caller caller;

    @GET
    public ContainerDetails details(@PathParam("collection") String collection,
                                    @PathParam("container") String container) {
        return containers.details(ContainerRef.parse(collection + "/" + container), caller);
    }
}
