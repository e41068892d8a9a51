package org.sifregistry.container.rest.library;

import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.storage.ImageDigest;

/**
 * Reads the image references of the library protocol, {@code entity/collection/container:tag}, onto the registry's
 * own {@code collection/container:tag}. The entity must name the collection ({@link LibraryRefs} checks it) but
 * takes no part in finding an image; shorter pull references default the collection: {@code collection/container} and {@code container}
 * (in the configured default collection). A tag of the form {@code sha256.<hex>} pins a version.
 */
public final class LibraryRef {

    private LibraryRef() {
    }

    public static ContainerRef parse(String ref, String defaultCollection) {
        if (ref == null || ref.isBlank()) {
            throw invalid(ErrorKey.LIBRARY_REF_REQUIRED);
        }
        String text = ref.startsWith("/") ? ref.substring(1) : ref;
        int colon = text.lastIndexOf(':');
        String path = colon < 0 ? text : text.substring(0, colon);
        String tag = colon < 0 ? null : text.substring(colon + 1);
        String[] parts = path.split("/", -1);
        if (parts.length > 3) {
            throw invalid(ErrorKey.LIBRARY_REF_PARTS, UserText.quoted(ref));
        }
        String collection = parts.length == 1 ? defaultCollection : parts[parts.length - 2];
        ContainerRef base = new ContainerRef(new CollectionName(collection), new ContainerName(parts[parts.length - 1]),
                null, null);
        if (tag == null) {
            return base;
        }
        if (tag.startsWith(ImageDigest.VERSION_PREFIX)) {
            return new ContainerRef(base.collection(), base.name(), null, ImageDigest.parse(tag));
        }
        return base.withTag(new Tag(tag));
    }

    /** The entity of a three-part reference, {@code entity/collection/container}; empty for shorter ones. */
    public static String entity(String ref) {
        String text = ref == null ? "" : ref.startsWith("/") ? ref.substring(1) : ref;
        String[] parts = text.split("/", -1);
        return parts.length == 3 ? parts[0] : "";
    }

    /** The id of a library container: {@code collection.container}, unambiguous since names hold no dot. */
    public static String containerId(CollectionName collection, ContainerName name) {
        return collection.value() + "." + name.value();
    }

    /** The collection and name in a library container id; the tag is left at its default. */
    public static ContainerRef ofContainerId(String id) {
        int dot = id == null ? -1 : id.indexOf('.');
        if (dot < 0) {
            throw invalid(ErrorKey.LIBRARY_CONTAINER_ID, UserText.quoted(id));
        }
        return new ContainerRef(new CollectionName(id.substring(0, dot)), new ContainerName(id.substring(dot + 1)),
                null, null);
    }

    public static long imageId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("imageId", ErrorKey.LIBRARY_IMAGE_ID, UserText.quoted(id));
        }
    }

    private static InvalidInputException invalid(ErrorKey key, Object... arguments) {
        return new InvalidInputException("ref", key, arguments);
    }
}
