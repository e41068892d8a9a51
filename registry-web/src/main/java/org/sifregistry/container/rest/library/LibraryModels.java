package org.sifregistry.container.rest.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;

import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.container.application.ImageDetails;
import org.sifregistry.container.application.SearchResult.ImageMatch;
import org.sifregistry.container.domain.ContainerName;

/**
 * The JSON of the Sylabs library protocol, as the Apptainer library client reads and writes it. Requests carry
 * whole Go structs, of which only the fields named here matter; the rest is ignored.
 */
public final class LibraryModels {

    private LibraryModels() {
    }

    /** Every successful answer is wrapped: {@code {"data": ...}}. */
    public record Data<T>(T data) {
    }

    public record Entity(String id, String name, String description, List<String> collections, long size,
                         long quota, boolean defaultPrivate, Instant createdAt) {
    }

    public record Collection(String id, String name, String description, String entity, String entityName,
                             List<String> containers, long size, @JsonbProperty("private") boolean privateCollection,
                             Instant createdAt, Instant updatedAt) {
    }

    public record Container(String id, String name, String description, String collection, String collectionName,
                            String entity, String entityName, List<String> images, Map<String, String> imageTags,
                            Map<String, Map<String, String>> archTags, long size, long downloadCount,
                            @JsonbProperty("private") boolean privateCollection, boolean readOnly) {
    }

    /** {@code signed}, {@code fingerprints} and the entity are what {@code apptainer search} prints of an image. */
    public record Image(String id, String hash, String description, String container, long size, boolean uploaded,
                        String arch, Boolean signed, List<String> fingerprints, String entity, String entityName,
                        String collection, String collectionName, String containerName, List<String> tags,
                        long containerDownloads, Instant createdAt) {

        static Image of(ImageDetails image) {
            return new Image(Long.toString(image.id()), image.version(), "",
                    LibraryRef.containerId(new CollectionName(image.collection()), new ContainerName(image.name())),
                    image.size(), image.uploaded(), image.architecture(), null, null, null, null, image.collection(),
                    image.collection(), image.name(), image.tags(), 0, image.created());
        }

        static Image of(ImageMatch image) {
            return new Image(Long.toString(image.id()), image.version(), "",
                    LibraryRef.containerId(image.collection(), image.name()), image.size(), true,
                    image.architecture(), image.signed(), image.fingerprints(), image.entity(), image.entity(),
                    image.collection().value(), image.collection().value(), image.name().value(), image.tags(),
                    image.downloadCount(), image.created());
        }
    }

    public record SearchResults(List<Entity> entity, List<Collection> collection, List<Container> container,
                                List<Image> image) {
    }

    public record EntityRequest(String name) {
    }

    public record CollectionRequest(String name, String entity, String description,
                                    @JsonbProperty("private") Boolean privateCollection) {
    }

    public record ContainerRequest(String name, String collection) {
    }

    public record ImageRequest(String hash, String container) {
    }

    public record TagV1(@JsonbProperty("Tag") String tag, @JsonbProperty("ImageID") String imageId) {
    }

    public record TagV2(@JsonbProperty("Arch") String arch, @JsonbProperty("Tag") String tag,
                        @JsonbProperty("ImageID") String imageId) {
    }

    public record UploadRequest(Long filesize, String sha256sum, String md5sum) {
    }

    public record UploadUrl(String uploadURL) {
    }

    public record Quota(long quotaTotal, long quotaUsage) {
    }

    public record UploadComplete(Quota quota, String containerUrl) {
    }

    public record MultipartStart(Long filesize) {
    }

    public record MultipartUpload(String uploadID, int totalParts, long partSize, Map<String, String> options) {
    }

    public record PartRequest(Long partSize, String uploadID, Integer partNumber, String sha256sum) {
    }

    public record PartUrl(String presignedURL) {
    }

    public record CompletedPart(Integer partNumber, String token) {
    }

    public record MultipartComplete(String uploadID, List<CompletedPart> completedParts) {
    }

    public record MultipartAbort(String uploadID) {
    }

    public record Version(String version, String apiVersion) {
    }

    public record TokenStatus(String status) {
    }
}
