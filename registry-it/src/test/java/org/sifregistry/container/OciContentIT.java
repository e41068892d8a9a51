package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code /v2/} for OCI content that is not a SIF (container images, indexes, signatures and SBOMs) over raw HTTP:
 * stored and served as any OCI registry does, in the same tag namespace as SIF containers, with the referrers API,
 * cross-repository mounts, blob and manifest deletion, and refusals in the OCI error form that store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class OciContentIT {

    private static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    private static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    private static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    private static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
    private static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
    private static final String EMPTY_DIGEST = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
    private static final String ALICE = TestUser.ALICE.basicAuthorization();

    private final Api api = new Api();

    @Test
    void anOciImageIsPushedAndPulledByTagAndDigest() {
        String name = emptyCollection("ocic") + "/app";
        byte[] config = bytes("{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\"}}");
        byte[] layer = bytes(Names.unique("a layer's bytes, as a tar.gz would be, ").repeat(50));
        pushBlob(name, config);
        pushBlob(name, layer);
        String manifest = imageManifest(OCI_MANIFEST, OCI_CONFIG, config, OCI_LAYER, layer);

        Reply put = putManifest(name, "v1", OCI_MANIFEST, manifest, ALICE).expect(201);

        String digest = "sha256:" + Api.sha256(bytes(manifest));
        assertEquals(digest, put.header("Docker-Content-Digest"));
        assertEquals("/v2/" + name + "/manifests/" + digest, put.header("Location"));
        Reply byTag = get("v2/" + name + "/manifests/v1", null).expect(200);
        assertEquals(manifest, byTag.text());
        assertEquals(OCI_MANIFEST, byTag.header("Content-Type"));
        assertEquals(digest, byTag.header("Docker-Content-Digest"));
        assertEquals(manifest, get("v2/" + name + "/manifests/" + digest, null).expect(200).text());
        Reply head = head("v2/" + name + "/manifests/v1").expect(200);
        assertEquals(OCI_MANIFEST, head.header("Content-Type"));
        assertEquals(digest, head.header("Docker-Content-Digest"));
        assertEquals(Integer.toString(bytes(manifest).length), head.header("Content-Length"));

        assertArrayEquals(config, get("v2/" + name + "/blobs/sha256:" + Api.sha256(config), null).expect(200).body());
        Reply range = api.send(Api.request("v2/" + name + "/blobs/sha256:" + Api.sha256(layer))
                .header("Range", "bytes=10-19").GET()).expect(206);
        assertArrayEquals(Arrays.copyOfRange(layer, 10, 20), range.body());
        assertEquals(Integer.toString(layer.length), head("v2/" + name + "/blobs/sha256:" + Api.sha256(layer))
                .expect(200).header("Content-Length"));
        assertEquals(List.of("v1"), strings(get("v2/" + name + "/tags/list", null).expect(200).json(), "tags"));
        String collection = name.substring(0, name.indexOf('/'));
        assertEquals(List.of(name), strings(get("v2/_catalog?n=1&last=" + collection + "/", null).expect(200).json(),
                "repositories"), "a repository of other content only is in the catalog");
    }

    @Test
    void dockerManifestsListsAndIndexesNeedWhatTheyList() {
        String name = emptyCollection("ocidock") + "/multi";
        byte[] config = bytes("{\"architecture\":\"arm64\",\"os\":\"linux\"}");
        byte[] layer = bytes(Names.unique("docker layer "));
        pushBlob(name, config);
        pushBlob(name, layer);
        String docker = imageManifest(DOCKER_MANIFEST, "application/vnd.docker.container.image.v1+json", config,
                "application/vnd.docker.image.rootfs.diff.tar.gzip", layer);
        String oci = imageManifest(OCI_MANIFEST, OCI_CONFIG, config, OCI_LAYER, layer);
        String dockerDigest = "sha256:" + Api.sha256(bytes(docker));
        String ociDigest = "sha256:" + Api.sha256(bytes(oci));
        String list = index(DOCKER_LIST, DOCKER_MANIFEST, docker);
        String index = index(OCI_INDEX, OCI_MANIFEST, oci);

        assertEquals("MANIFEST_BLOB_UNKNOWN", errorCode(putManifest(name, "list", DOCKER_LIST, list, ALICE)
                .expect(404)), "the list's manifest is not here yet");
        assertEquals("MANIFEST_UNKNOWN", errorCode(get("v2/" + name + "/manifests/list", null).expect(404)));
        putManifest(name, dockerDigest, DOCKER_MANIFEST, docker, ALICE).expect(201);
        putManifest(name, ociDigest, OCI_MANIFEST, oci, ALICE).expect(201);
        putManifest(name, "list", DOCKER_LIST, list, ALICE).expect(201);
        putManifest(name, "index", OCI_INDEX, index, ALICE).expect(201);

        Reply pulledList = get("v2/" + name + "/manifests/list", null).expect(200);
        assertEquals(list, pulledList.text());
        assertEquals(DOCKER_LIST, pulledList.header("Content-Type"));
        assertEquals(OCI_INDEX, get("v2/" + name + "/manifests/index", null).expect(200).header("Content-Type"));
        Reply pulledDocker = get("v2/" + name + "/manifests/" + dockerDigest, null).expect(200);
        assertEquals(docker, pulledDocker.text());
        assertEquals(DOCKER_MANIFEST, pulledDocker.header("Content-Type"));
        assertEquals(List.of("index", "list"), strings(get("v2/" + name + "/tags/list", null).expect(200).json(),
                "tags"));
    }

    @Test
    void aTagMovesBetweenASifAndOtherContent() {
        String collection = Names.unique("ocimove");
        Path file = Tools.sif(4096, "oci tag move");
        Pushed sif = new LibraryPush(api, TestUser.ALICE.pushToken()).push(file, TestUser.ALICE.username(),
                collection, "img", "v1", "v2");
        String name = collection + "/img";
        byte[] config = bytes("{\"os\":\"linux\"}");
        pushBlob(name, config);
        String manifest = imageManifest(OCI_MANIFEST, OCI_CONFIG, config, null, null);

        putManifest(name, "v1", OCI_MANIFEST, manifest, ALICE).expect(201);

        assertEquals(manifest, get("v2/" + name + "/manifests/v1", null).expect(200).text());
        assertEquals(List.of("v1", "v2"), strings(get("v2/" + name + "/tags/list", null).expect(200).json(), "tags"),
                "one namespace: each tag once");
        assertTrue(get("v2/" + name + "/manifests/v2", null).expect(200).text().contains(sif.sha256()));

        new LibraryPush(api, TestUser.ALICE.pushToken()).push(file, TestUser.ALICE.username(), collection, "img",
                "v1");

        assertTrue(get("v2/" + name + "/manifests/v1", null).expect(200).text().contains(sif.sha256()),
                "a library push takes the tag back");
        assertEquals(List.of("v1", "v2"), strings(get("v2/" + name + "/tags/list", null).expect(200).json(), "tags"));
    }

    @Test
    void referrersListTheManifestsWithASubject() {
        String name = emptyCollection("ocirefs") + "/signed";
        byte[] config = bytes("{\"os\":\"linux\",\"n\":1}");
        pushBlob(name, config);
        String image = imageManifest(OCI_MANIFEST, OCI_CONFIG, config, null, null);
        String imageDigest = "sha256:" + Api.sha256(bytes(image));
        putManifest(name, "v1", OCI_MANIFEST, image, ALICE).expect(201);
        byte[] signature = bytes(Names.unique("a signature "));
        pushBlob(name, signature);
        String signed = artifact("application/vnd.example.signature", signature, image, "{\"by\":\"alice\"}");
        String sbom = artifact("application/spdx+json", signature, image, null);

        Reply put = putManifest(name, "sha256:" + Api.sha256(bytes(signed)), OCI_MANIFEST, signed, ALICE)
                .expect(201);
        putManifest(name, "sha256:" + Api.sha256(bytes(sbom)), OCI_MANIFEST, sbom, ALICE).expect(201);

        assertEquals(imageDigest, put.header("OCI-Subject"));
        Reply all = get("v2/" + name + "/referrers/" + imageDigest, null).expect(200);
        assertEquals(OCI_INDEX, all.header("Content-Type"));
        assertNull(all.header("OCI-Filters-Applied"));
        JsonObject index = all.json();
        assertEquals(2, index.getInt("schemaVersion"));
        assertEquals(OCI_INDEX, index.getString("mediaType"));
        JsonArray manifests = index.getJsonArray("manifests");
        assertEquals(2, manifests.size());
        JsonObject first = manifests.getJsonObject(0);
        assertEquals("sha256:" + Api.sha256(bytes(signed)), first.getString("digest"));
        assertEquals(OCI_MANIFEST, first.getString("mediaType"));
        assertEquals(bytes(signed).length, first.getInt("size"));
        assertEquals("application/vnd.example.signature", first.getString("artifactType"));
        assertEquals("alice", first.getJsonObject("annotations").getString("by"));

        Reply filtered = get("v2/" + name + "/referrers/" + imageDigest + "?artifactType=application/spdx%2Bjson",
                null).expect(200);
        assertEquals("artifactType", filtered.header("OCI-Filters-Applied"));
        assertEquals(List.of("sha256:" + Api.sha256(bytes(sbom))), filtered.json().getJsonArray("manifests")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("digest")).toList());
        assertEquals(0, get("v2/" + name + "/referrers/sha256:" + "0".repeat(64), null).expect(200).json()
                .getJsonArray("manifests").size(), "none: an empty index");
        assertEquals("DIGEST_INVALID", errorCode(get("v2/" + name + "/referrers/latest", null).expect(400)));
        assertEquals("NAME_UNKNOWN", errorCode(get("v2/" + name + "-none/referrers/" + imageDigest, ALICE)
                .expect(404)));
    }

    @Test
    void aSifCanBeSignedThroughTheReferrersApi() {
        Pushed sif = new LibraryPush(api, TestUser.ALICE.pushToken()).push(Tools.sif(4096, "oci signed sif"),
                TestUser.ALICE.username(), Names.unique("ocisifref"), "img", "latest");
        String name = sif.collection() + "/img";
        String sifManifest = get("v2/" + name + "/manifests/latest", null).expect(200).text();
        byte[] signature = bytes(Names.unique("cosign-ish "));
        pushBlob(name, signature);
        String signed = artifact("application/vnd.dev.cosign.artifact.sig.v1+json", signature, sifManifest, null);

        Reply put = putManifest(name, "sha256:" + Api.sha256(bytes(signed)), OCI_MANIFEST, signed, ALICE)
                .expect(201);

        String subject = "sha256:" + Api.sha256(bytes(sifManifest));
        assertEquals(subject, put.header("OCI-Subject"));
        assertEquals("sha256:" + Api.sha256(bytes(signed)), get("v2/" + name + "/referrers/" + subject, null)
                .expect(200).json().getJsonArray("manifests").getJsonObject(0).getString("digest"));
        assertEquals(List.of("latest"), strings(get("v2/" + name + "/tags/list", null).expect(200).json(), "tags"),
                "a push by digest tags nothing");
    }

    @Test
    void aMountLinksWhatTheCallerMayPullAndElseStartsAnUpload() {
        String from = emptyCollection("ocimfrom") + "/base";
        String to = emptyCollection("ocimto") + "/derived";
        byte[] layer = bytes(Names.unique("shared layer "));
        pushBlob(from, layer);
        String digest = "sha256:" + Api.sha256(layer);

        Reply mounted = post("v2/" + to + "/blobs/uploads/?mount=" + digest + "&from=" + from, ALICE).expect(201);

        assertEquals(digest, mounted.header("Docker-Content-Digest"));
        assertEquals("/v2/" + to + "/blobs/" + digest, mounted.header("Location"));
        assertArrayEquals(layer, get("v2/" + to + "/blobs/" + digest, null).expect(200).body());

        String hidden = privateCollection("ocimhide") + "/secret";
        byte[] secret = bytes(Names.unique("private layer "));
        pushBlob(hidden, secret);
        String bobs = emptyCollectionOf(TestUser.BOB, "ocimbob") + "/mine";
        Reply fallback = post("v2/" + bobs + "/blobs/uploads/?mount=sha256:" + Api.sha256(secret) + "&from="
                + hidden, TestUser.BOB.basicAuthorization()).expect(202);
        assertTrue(fallback.header("Location").startsWith("/v2/" + bobs + "/blobs/uploads/"), fallback.header(
                "Location"));
        Reply anywhere = post("v2/" + bobs + "/blobs/uploads/?mount=sha256:" + Api.sha256(secret),
                TestUser.BOB.basicAuthorization()).expect(202);
        assertTrue(anywhere.header("Location").contains("/blobs/uploads/"));
        assertEquals(404, head("v2/" + bobs + "/blobs/sha256:" + Api.sha256(secret), TestUser.BOB
                .basicAuthorization()).status(), "nothing of the private collection reached bob");
        post("v2/" + bobs + "/blobs/uploads/?mount=" + digest, TestUser.BOB.basicAuthorization()).expect(201);
    }

    @Test
    void aMountOfASifMakesItAnImageOfTheName() {
        Pushed sif = new LibraryPush(api, TestUser.ALICE.pushToken()).push(Tools.sif(4096, "oci mount sif"),
                TestUser.ALICE.username(), Names.unique("ocimsif"), "img", "latest");
        String to = emptyCollection("ocimsifto") + "/copy";

        post("v2/" + to + "/blobs/uploads/?mount=sha256:" + sif.sha256() + "&from=" + sif.collection() + "/img",
                ALICE).expect(201);

        String manifest = get("v2/" + sif.collection() + "/img/manifests/latest", null).expect(200).text();
        putManifest(to, "v1", OCI_MANIFEST, manifest, ALICE).expect(201);
        assertTrue(get("v2/" + to + "/manifests/v1", null).expect(200).text().contains(sif.sha256()));
    }

    @Test
    void deletingBlobsManifestsAndTagsOfOtherContent() {
        String name = emptyCollection("ocidel") + "/gone";
        byte[] config = bytes("{\"os\":\"linux\",\"gone\":true}");
        pushBlob(name, config);
        String manifest = imageManifest(OCI_MANIFEST, OCI_CONFIG, config, null, null);
        String digest = "sha256:" + Api.sha256(bytes(manifest));
        putManifest(name, "v1", OCI_MANIFEST, manifest, ALICE).expect(201);
        putManifest(name, "v2", OCI_MANIFEST, manifest, ALICE).expect(201);

        send(Api.request("v2/" + name + "/manifests/v1").DELETE(), ALICE).expect(202);
        assertEquals(List.of("v2"), strings(get("v2/" + name + "/tags/list", null).expect(200).json(), "tags"));
        send(Api.request("v2/" + name + "/manifests/" + digest).DELETE(), ALICE).expect(202);
        assertEquals("MANIFEST_UNKNOWN", errorCode(get("v2/" + name + "/manifests/v2", null).expect(404)));
        assertEquals("MANIFEST_UNKNOWN", errorCode(send(Api.request("v2/" + name + "/manifests/" + digest).DELETE(),
                ALICE).expect(404)));

        String blob = "v2/" + name + "/blobs/sha256:" + Api.sha256(config);
        send(Api.request(blob).DELETE(), TestUser.BOB.basicAuthorization()).expect(403);
        send(Api.request(blob).DELETE(), ALICE).expect(202);
        assertEquals(404, head(blob, ALICE).status());
        assertEquals("BLOB_UNKNOWN", errorCode(send(Api.request(blob).DELETE(), ALICE).expect(404)));
    }

    @Test
    void aSifBlobGoesOnlyWhenNoTagPointsAtIt() {
        String collection = Names.unique("ocidelsif");
        Pushed sif = new LibraryPush(api, TestUser.ALICE.pushToken()).push(Tools.sif(4096, "oci delete sif"),
                TestUser.ALICE.username(), collection, "img", "latest");
        String blob = "v2/" + collection + "/img/blobs/sha256:" + sif.sha256();
        String manifest = get("v2/" + collection + "/img/manifests/latest", null).expect(200).header(
                "Docker-Content-Digest");

        Reply refused = send(Api.request(blob).DELETE(), ALICE).expect(403);

        assertEquals("DENIED", errorCode(refused));
        assertTrue(refused.text().contains("delete the manifest"), refused.text());
        send(Api.request("v2/" + collection + "/img/manifests/latest").DELETE(), ALICE).expect(202);
        // its last tag took the image with it
        assertEquals(404, head(blob, ALICE).status());
        get("v2/" + collection + "/img/manifests/" + manifest, ALICE).expect(404);
    }

    @Test
    void brokenManifestsAreRefusedAndNothingIsStored() {
        String name = emptyCollection("ocibad") + "/bad";
        byte[] config = bytes("{\"os\":\"linux\",\"bad\":1}");
        byte[] missing = bytes(Names.unique("never uploaded "));
        pushBlob(name, config);
        String valid = imageManifest(OCI_MANIFEST, OCI_CONFIG, config, null, null);

        Reply unknownBlob = putManifest(name, "v1", OCI_MANIFEST, imageManifest(OCI_MANIFEST, OCI_CONFIG, config,
                OCI_LAYER, missing), ALICE).expect(404);
        assertEquals("MANIFEST_BLOB_UNKNOWN", errorCode(unknownBlob));
        assertEquals("sha256:" + Api.sha256(missing), unknownBlob.json().getJsonArray("errors").getJsonObject(0)
                .getJsonObject("detail").getString("digest"));
        assertEquals("MANIFEST_INVALID", errorCode(putManifest(name, "v1", "application/x-mine",
                valid.replace(OCI_MANIFEST, "application/x-mine"), ALICE).expect(400)));
        assertEquals("MANIFEST_INVALID", errorCode(putManifest(name, "v1", OCI_MANIFEST,
                valid.replace("\"size\":", "\"size\":-"), ALICE).expect(400)));
        assertEquals("MANIFEST_INVALID", errorCode(putManifest(name, "v1", OCI_MANIFEST, "{\"schemaVersion\":2,"
                + "\"mediaType\":\"" + OCI_MANIFEST + "\"}", ALICE).expect(400)));
        String huge = valid.substring(0, valid.length() - 1) + ",\"annotations\":{\"pad\":\""
                + "x".repeat(4 * 1024 * 1024) + "\"}}";
        assertEquals("MANIFEST_INVALID", errorCode(putManifest(name, "v1", OCI_MANIFEST, huge, ALICE).expect(413)));
        assertEquals("DIGEST_INVALID", errorCode(putManifest(name, "sha256:" + "9".repeat(64), OCI_MANIFEST, valid,
                ALICE).expect(400)));
        assertEquals("DIGEST_INVALID", errorCode(putManifest(name, "sha256:XYZ", OCI_MANIFEST, valid, ALICE)
                .expect(400)));
        assertEquals("TAG_INVALID", errorCode(putManifest(name, "-bad-", OCI_MANIFEST, valid, ALICE).expect(400)));

        assertEquals(List.of(), strings(get("v2/" + name + "/tags/list", null).expect(200).json(), "tags"),
                "nothing was tagged");
        assertEquals("MANIFEST_UNKNOWN", errorCode(get("v2/" + name + "/manifests/sha256:" + Api.sha256(bytes(valid)),
                null).expect(404)), "nothing was stored");
    }

    /** The web UI shows a collection's OCI artifacts with their references and types, and what refers to a SIF. */
    @Test
    void theWebPagesShowOciArtifactsAndWhatRefersToAnImage() {
        String collection = emptyCollection("ocipage");
        String name = collection + "/app";
        byte[] config = bytes("{\"architecture\":\"amd64\",\"os\":\"linux\"}");
        byte[] layer = bytes(Names.unique("page layer "));
        pushBlob(name, config);
        pushBlob(name, layer);
        putManifest(name, "v1", OCI_MANIFEST, imageManifest(OCI_MANIFEST, OCI_CONFIG, config, OCI_LAYER, layer), ALICE)
                .expect(201);
        new LibraryPush(api, TestUser.ALICE.pushToken()).push(Tools.sif(4096, "oci page"), TestUser.ALICE.username(),
                collection, "sif", "v1");
        String sifManifest = get("v2/" + collection + "/sif/manifests/v1", null).expect(200).text();
        byte[] sbom = bytes("{\"spdxVersion\":\"SPDX-2.3\"}");
        pushBlob(collection + "/sif", sbom);
        String referrer = artifact("application/spdx+json", sbom, sifManifest, null);
        putManifest(collection + "/sif", "sha256:" + Api.sha256(bytes(referrer)), OCI_MANIFEST, referrer, ALICE)
                .expect(201);

        String collectionPage = get("collections/collection.xhtml?name=" + collection, null).expect(200).text();
        String containerPage = get("containers/container.xhtml?ref=" + collection + "/sif:v1", null).expect(200).text();

        assertTrue(collectionPage.contains("id=\"collection:ociArtifacts\""), "the OCI artifacts section");
        assertTrue(collectionPage.contains("/" + name + ":v1</code>"), "the reference docker, skopeo and oras pull by");
        assertTrue(collectionPage.contains(OCI_MANIFEST) && collectionPage.contains(OCI_CONFIG), "the media types");
        assertTrue(collectionPage.contains("application/spdx+json"), "the referrer, an artifact of the collection");
        assertTrue(containerPage.contains("application/spdx+json"), "what refers to the SIF");
        assertTrue(containerPage.contains("sha256:" + Api.sha256(bytes(referrer))), "the referrer's digest");
    }

    /** An image manifest of one config and, unless null, one layer. */
    private static String imageManifest(String type, String configType, byte[] config, String layerType,
                                        byte[] layer) {
        return "{\"schemaVersion\":2,\"mediaType\":\"" + type + "\",\"config\":" + descriptor(configType, config)
                + ",\"layers\":[" + (layer == null ? "" : descriptor(layerType, layer)) + "]}";
    }

    /** An artifact with the empty config, one blob, and a subject. */
    private static String artifact(String artifactType, byte[] blob, String subject, String annotations) {
        return "{\"schemaVersion\":2,\"mediaType\":\"" + OCI_MANIFEST + "\",\"artifactType\":\"" + artifactType
                + "\",\"config\":{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\"" + EMPTY_DIGEST
                + "\",\"size\":2},\"layers\":[" + descriptor("application/octet-stream", blob) + "],\"subject\":"
                + descriptor(OCI_MANIFEST, bytes(subject))
                + (annotations == null ? "" : ",\"annotations\":" + annotations) + "}";
    }

    private static String index(String type, String manifestType, String manifest) {
        return "{\"schemaVersion\":2,\"mediaType\":\"" + type + "\",\"manifests\":[{\"mediaType\":\"" + manifestType
                + "\",\"digest\":\"sha256:" + Api.sha256(bytes(manifest)) + "\",\"size\":" + bytes(manifest).length
                + ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}]}";
    }

    private static String descriptor(String type, byte[] content) {
        return "{\"mediaType\":\"" + type + "\",\"digest\":\"sha256:" + Api.sha256(content) + "\",\"size\":"
                + content.length + "}";
    }

    private void pushBlob(String name, byte[] content) {
        send(Api.request("v2/" + name + "/blobs/uploads/?digest=sha256:" + Api.sha256(content))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)), ALICE).expect(201);
    }

    private Reply putManifest(String name, String reference, String type, String manifest, String authorization) {
        return send(Api.request("v2/" + name + "/manifests/" + reference).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofString(manifest)), authorization);
    }

    private String emptyCollection(String prefix) {
        return emptyCollectionOf(TestUser.ALICE, prefix);
    }

    private String emptyCollectionOf(TestUser user, String prefix) {
        String collection = Names.unique(prefix);
        new LibraryPush(api, user.pushToken()).collection(user.username(), collection, false);
        return collection;
    }

    private String privateCollection(String prefix) {
        String collection = Names.unique(prefix);
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection(TestUser.ALICE.username(), collection, true);
        return collection;
    }

    private Reply post(String path, String authorization) {
        return send(Api.request(path).POST(HttpRequest.BodyPublishers.noBody()), authorization);
    }

    private Reply get(String path, String authorization) {
        return send(Api.request(path).GET(), authorization);
    }

    private Reply head(String path) {
        return head(path, null);
    }

    private Reply head(String path, String authorization) {
        return send(Api.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()), authorization);
    }

    private Reply send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    private static String errorCode(Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("code");
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString::getString);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
