package org.sifregistry.container.rest.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.site.application.RegistryConfig;

/**
 * Resolves the references of library requests for the caller: parsed with the configured default collection, and
 * answered as missing when their entity does not name the collection, so that {@code library://nobody/…} never
 * finds an image.
 */
@RequestScoped
public class LibraryRefs {

    @Inject
    private CollectionService collections;

    @Inject
    private RegistryConfig config;

    @Inject
    private Caller caller;

    public ContainerRef resolve(String ref) {
        ContainerRef parsed = LibraryRef.parse(ref, config.libraryDefaultCollection());
        requireEntity(LibraryRef.entity(ref), parsed.collection());
        return parsed;
    }

    public void requireEntity(String entity, CollectionName collection) {
        collections.requireEntity(collection, entity, config.libraryDefaultEntity(), caller);
    }
}
