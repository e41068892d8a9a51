package org.sifregistry.container.rest.library;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.sifregistry.common.DeadlockRetry;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.ImageService;
import org.sifregistry.container.domain.ContainerNotFoundException;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.rest.library.LibraryModels.Data;
import org.sifregistry.container.rest.library.LibraryModels.Image;
import org.sifregistry.container.rest.library.LibraryModels.ImageRequest;
import org.sifregistry.storage.ImageDigest;

/** Library images: looked up by tag or by {@code sha256.<hex>}, announced before an upload, deleted by tag. */
@Path("library/v1/images")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "library")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class LibraryImageResource {

    @Inject
    private ImageService images;

    @Inject
    private ContainerService containers;

    @Inject
    private LibraryRefs refs;

    @Inject
    private Caller caller;

    @GET
    @Path("{ref: .+}")
    public Data<Image> get(@PathParam("ref") String ref) {
        ContainerRef containerRef = refs.resolve(ref);
        return new Data<>(Image.of(images.details(containerRef, caller)
                .orElseThrow(() -> new ContainerNotFoundException(containerRef))));
    }

    /** Announces an image by its hash; if those bytes are already here for the caller, it is uploaded at once. */
    @POST
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Data<Image> announce(ImageRequest request) {
        if (request == null || request.hash() == null || request.container() == null) {
            throw new InvalidInputException("body", ErrorKey.LIBRARY_IMAGE_BODY);
        }
        ContainerRef container = LibraryRef.ofContainerId(request.container());
        return new Data<>(Image.of(images.announce(container.collection(), container.name(),
                ImageDigest.parse(request.hash()), caller)));
    }

    /** Deletes the tag; the image file stays while other tags use it. */
    @DELETE
    @Path("{ref: .+}")
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Data<Object> delete(@PathParam("ref") String ref) {
        ContainerRef resolved = refs.resolve(ref);
        DeadlockRetry.run(() -> containers.delete(resolved, caller));
        return new Data<>(null);
    }
}
