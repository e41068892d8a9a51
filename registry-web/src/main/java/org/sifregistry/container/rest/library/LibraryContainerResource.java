package org.sifregistry.container.rest.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.application.ImageService;
import org.sifregistry.container.application.ImageTag;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerNotFoundException;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.rest.library.LibraryModels.Container;
import org.sifregistry.container.rest.library.LibraryModels.ContainerRequest;
import org.sifregistry.container.rest.library.LibraryModels.Data;

/**
 * A library container is a container name in a collection, with all its tags; it exists once an image is announced
 * under it, so "creating" one only checks that the caller may push there.
 */
@Path("library/v1/containers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "library")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class LibraryContainerResource {

    /** Architecture of tags pushed without one (through v1 tags, or by the shub and web paths). */
    static final String DEFAULT_ARCH = "amd64";

    @Inject
    private LibraryRefs refs;

    @Inject
    private ImageService images;

    @Inject
    private Caller caller;

    @GET
    @Path("{entity}/{collection}/{name}")
    public Data<Container> get(@PathParam("entity") String entity, @PathParam("collection") String collection,
                               @PathParam("name") String name) {
        CollectionName collectionName = new CollectionName(collection);
        refs.requireEntity(entity, collectionName);
        ContainerName containerName = new ContainerName(name);
        if (!images.exists(collectionName, containerName, caller)) {
            throw new ContainerNotFoundException(new ContainerRef(collectionName, containerName, null, null));
        }
        return new Data<>(view(collectionName, containerName, images.tags(collectionName, containerName, caller)));
    }

    @POST
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Data<Container> create(ContainerRequest request) {
        if (request == null || request.collection() == null) {
            throw new InvalidInputException("body", ErrorKey.LIBRARY_CONTAINER_BODY);
        }
        CollectionName collection = new CollectionName(request.collection());
        ContainerName name = new ContainerName(request.name());
        images.requirePushable(collection, name, caller);
        return new Data<>(view(collection, name, images.tags(collection, name, caller)));
    }

    static Container view(CollectionName collection, ContainerName name, List<ImageTag> tags) {
        Map<String, String> imageTags = new TreeMap<>();
        Map<String, Map<String, String>> archTags = new TreeMap<>();
        for (ImageTag tag : tags) {
            imageTags.put(tag.tag(), Long.toString(tag.imageId()));
            archTags.computeIfAbsent(architecture(tag), a -> new LinkedHashMap<>())
                    .put(tag.tag(), Long.toString(tag.imageId()));
        }
        return new Container(LibraryRef.containerId(collection, name), name.value(), "", collection.value(),
                collection.value(), null, null, imageTags.values().stream().distinct().toList(), imageTags, archTags,
                0, tags.stream().mapToLong(ImageTag::downloadCount).sum(), false, false);
    }

    static String architecture(ImageTag tag) {
        return tag.architecture() == null ? DEFAULT_ARCH : tag.architecture();
    }
}
