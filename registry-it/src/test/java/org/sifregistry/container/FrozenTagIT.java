package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.SregistryClient;
import org.sifregistry.user.application.ApiTokenService;
import org.sifregistry.user.application.TokenSpec;
import org.sifregistry.user.domain.TokenScope;

/**
 * A frozen container's tags do not move through the library tag API: the owner's push token gets a 409 in the
 * client's error envelope, and the tag still names the image it named. Freezing has no library endpoint (the
 * client cannot freeze), so the container is frozen through the service, in the server. A sregistry push is refused
 * as early, when it asks for the upload.
 */
@ExtendWith(ArquillianExtension.class)
@BlackBox
class FrozenTagIT {

    private static final URI LIBRARY = URI.create("http://127.0.0.1:8080/");

    @Deployment
    static WebArchive services() {
        return Deployments.services("frozen-tag-it", FrozenTagIT.class)
                .addClasses(Reply.class, Api.class, Names.class, SregistryClient.class);
    }

    @Inject
    private Fixtures fixtures;

    @EJB
    private ContainerService containers;

    @EJB
    private ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void movingATagOfAFrozenContainerIs409AndTheTagStays() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container frozen = fixtures.container(collection, "rocks:v1", owner);
        fixtures.container(collection, "rocks:v2", owner);
        containers.freeze(frozen.ref(), true, owner);
        String token = tokens.create(TokenSpec.personal("frozen-tag-it", TokenScope.PUSH,
                Instant.now().plus(1, ChronoUnit.DAYS)), owner).secret();
        String newerImage = send(get("v1/images/" + collection + "/rocks:v2?arch=amd64", token)).expect(200).data()
                .getString("id");

        String message = send(HttpRequest.newBuilder(LIBRARY.resolve("v1/tags/" + collection + ".rocks"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"Tag\":\"v1\",\"ImageID\":\"" + newerImage + "\"}"))).expectError(409);

        assertTrue(message.contains("frozen"), message);
        assertEquals(frozen.digest().version(), send(get("v1/images/" + collection + "/rocks:v1?arch=amd64", token))
                .expect(200).data().getString("hash"));
    }

    @Test
    void otherOciContentPushedUnderAFrozenTagIs409Denied() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container frozen = fixtures.container(collection, "rocks:v1", owner);
        containers.freeze(frozen.ref(), true, owner);
        String token = tokens.create(TokenSpec.personal("frozen-tag-it", TokenScope.PUSH,
                Instant.now().plus(1, ChronoUnit.DAYS)), owner).secret();
        byte[] config = ("{\"os\":\"linux\",\"frozen\":\"" + collection + "\"}").getBytes(StandardCharsets.UTF_8);
        String configDigest = "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(config));
        String repository = "v2/" + collection + "/rocks";
        send(HttpRequest.newBuilder(LIBRARY.resolve(repository + "/blobs/uploads/?digest=" + configDigest))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(config)))
                .expect(201);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\""
                + configDigest + "\",\"size\":" + config.length + "},\"layers\":[]}";

        Reply refused = send(HttpRequest.newBuilder(LIBRARY.resolve(repository + "/manifests/v1"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString(manifest))).expect(409);

        assertTrue(refused.text().contains("DENIED"), refused.text());
        assertTrue(send(get(repository + "/manifests/v1", token)).expect(200).text()
                .contains(frozen.digest().hex()), "the tag stays on the frozen SIF");
    }

    @Test
    void aSregistryPushOverAFrozenTagIs409BeforeTheUploadAndTheTagStays() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container frozen = fixtures.container(collection, "rocks:v1", owner);
        containers.freeze(frozen.ref(), true, owner);
        String token = tokens.create(TokenSpec.personal("frozen-sregistry-it", TokenScope.PUSH,
                Instant.now().plus(1, ChronoUnit.DAYS)), owner).secret();

        Reply refused = new SregistryClient(owner.username(), token)
                .requestUpload("api/upload/chunked_upload", collection.value(), "rocks", "v1").expect(409);

        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("frozen"), detail);
        assertEquals(frozen.digest(), containers.get(frozen.ref(), owner).digest());
    }

    private static HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(LIBRARY.resolve(path)).header("Authorization", "Bearer " + token).GET();
    }

    private Reply send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(built.method() + " " + built.uri(), response.statusCode(), response.headers(),
                response.body());
    }
}
