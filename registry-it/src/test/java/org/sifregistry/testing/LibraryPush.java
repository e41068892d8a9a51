package org.sifregistry.testing;

import java.nio.file.Path;

import jakarta.json.JsonObject;

/**
 * The library push flow over raw HTTP, step by step as container-library-client does it (protocols.md §2): each
 * step looks the thing up and creates it on a 404. Tests use it to set up images, and its steps one by one to
 * check the answers in between.
 */
public final class LibraryPush {

    public static final String ARCH = "amd64";

    private final Api api;
    private final String token;

    public LibraryPush(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    /** What a push made; {@code ref()} is {@code entity/collection/container}, the library's form. */
    public record Pushed(String entity, String collection, String container, String containerId, String imageId,
                         String hash, long size) {

        public String ref() {
            return entity + "/" + collection + "/" + container;
        }

        /** The hex digest without the "sha256." prefix. */
        public String sha256() {
            return hash.substring("sha256.".length());
        }
    }

    /** Pushes {@code file} to {@code entity/collection/container} with {@code tags}, all steps checked. */
    public Pushed push(Path file, String entity, String collection, String container, String... tags) {
        String hash = "sha256." + Api.sha256(file);
        entity(entity);
        collection(entity, collection, false);
        String containerId = container(entity, collection, container);
        JsonObject image = image(entity, collection, container, containerId, hash);
        String imageId = image.getString("id");
        if (!image.getBoolean("uploaded")) {
            upload(imageId, file);
        }
        for (String tag : tags) {
            tag(containerId, tag, imageId);
        }
        return new Pushed(entity, collection, container, containerId, imageId, hash, Api.size(file));
    }

    public void entity(String entity) {
        Reply found = api.get("v1/entities/" + entity, token);
        if (found.status() == 404) {
            api.post("v1/entities", token, Api.object().add("name", entity).build()).expect(200);
        } else {
            found.expect(200);
        }
    }

    /** Makes the collection if it is missing; {@code privateCollection} only counts when it is made here. */
    public void collection(String entity, String collection, boolean privateCollection) {
        Reply found = api.get("v1/collections/" + entity + "/" + collection, token);
        if (found.status() == 404) {
            api.post("v1/collections", token, Api.object().add("name", collection).add("entity", entity)
                    .add("private", privateCollection).build()).expect(200);
        } else {
            found.expect(200);
        }
    }

    /** The container's id, {@code collection.container}. */
    public String container(String entity, String collection, String container) {
        Reply found = api.get("v1/containers/" + entity + "/" + collection + "/" + container, token);
        if (found.status() == 404) {
            found = api.post("v1/containers", token, Api.object().add("name", container)
                    .add("collection", collection).build()).expect(200);
        }
        return found.expect(200).data().getString("id");
    }

    /** The image record of {@code hash} in the container, made if missing (then {@code uploaded} is false). */
    public JsonObject image(String entity, String collection, String container, String containerId, String hash) {
        Reply found = api.get("v1/images/" + entity + "/" + collection + "/" + container + ":" + hash + "?arch=" + ARCH,
                token);
        if (found.status() == 404) {
            found = api.post("v1/images", token, Api.object().add("hash", hash).add("container", containerId)
                    .build()).expect(200);
        }
        return found.expect(200).data();
    }

    /** The single-part v2 upload: announce, PUT to the signed URL without Authorization, complete. */
    public void upload(String imageId, Path file) {
        String uploadUrl = announce(imageId, file).expect(200).data().getString("uploadURL");
        api.putFile(uploadUrl, file).expect(200);
        complete(imageId).expect(200);
    }

    /** POST /v2/imagefile/{id} with the file's real size and digests. */
    public Reply announce(String imageId, Path file) {
        return announce(imageId, Api.size(file), Api.sha256(file), Api.md5(file));
    }

    public Reply announce(String imageId, long size, String sha256, String md5) {
        return api.post("v2/imagefile/" + imageId, token, Api.object().add("filesize", size)
                .add("sha256sum", sha256).add("md5sum", md5).build());
    }

    public Reply complete(String imageId) {
        return api.put("v2/imagefile/" + imageId + "/_complete", token, Api.object().build());
    }

    public void tag(String containerId, String tag, String imageId) {
        api.post("v2/tags/" + containerId, token, Api.object().add("Arch", ARCH).add("Tag", tag)
                .add("ImageID", imageId).build()).expect(200);
    }
}
