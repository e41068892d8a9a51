package org.sifregistry.container.rest.library;

import java.util.Map;

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

import org.sifregistry.common.Caller;
import org.sifregistry.common.DeadlockRetry;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.application.ImageService;
import org.sifregistry.container.domain.Architecture;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.container.rest.library.LibraryModels.Container;
import org.sifregistry.container.rest.library.LibraryModels.Data;
import org.sifregistry.container.rest.library.LibraryModels.TagV1;
import org.sifregistry.container.rest.library.LibraryModels.TagV2;

/**
 * The tags of a library container: v1 maps tag to image, v2 architecture to tag to image. Setting a tag that
 * exists moves it, unless its container is frozen.
 */
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "library")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class LibraryTagResource {

    @Inject
    private ImageService images;

    @Inject
    private Caller caller;

    @GET
    @Path("v1/tags/{containerId}")
    public Data<Map<String, String>> tagsV1(@PathParam("containerId") String containerId) {
        return new Data<>(container(containerId).imageTags());
    }

    @POST
    @Path("v1/tags/{containerId}")
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Data<Map<String, String>> tagV1(@PathParam("containerId") String containerId, TagV1 request) {
        if (request == null) {
            throw new InvalidInputException("body", ErrorKey.LIBRARY_TAG_BODY);
        }
        tag(containerId, request.tag(), request.imageId(), LibraryContainerResource.DEFAULT_ARCH);
        return tagsV1(containerId);
    }

    @GET
    @Path("v2/tags/{containerId}")
    public Data<Map<String, Map<String, String>>> tagsV2(@PathParam("containerId") String containerId) {
        return new Data<>(container(containerId).archTags());
    }

    @POST
    @Path("v2/tags/{containerId}")
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Data<Map<String, Map<String, String>>> tagV2(@PathParam("containerId") String containerId,
                                                        TagV2 request) {
        if (request == null) {
            throw new InvalidInputException("body", ErrorKey.LIBRARY_TAG_ARCH_BODY);
        }
        tag(containerId, request.tag(), request.imageId(),
                request.arch() == null || request.arch().isBlank() ? LibraryContainerResource.DEFAULT_ARCH : request.arch());
        return tagsV2(containerId);
    }

    private void tag(String containerId, String tag, String imageId, String architecture) {
        ContainerRef container = LibraryRef.ofContainerId(containerId);
        long image = LibraryRef.imageId(imageId);
        DeadlockRetry.call(() -> images.tag(container, image, new Tag(tag), new Architecture(architecture), caller));
    }

    private Container container(String containerId) {
        ContainerRef ref = LibraryRef.ofContainerId(containerId);
        return LibraryContainerResource.view(ref.collection(), ref.name(), images.tags(ref.collection(), ref.name(), caller));
    }
}
