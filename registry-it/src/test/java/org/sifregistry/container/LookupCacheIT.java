package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

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
 * Anonymous metadata lookups and OCI manifests (also with the anonymous pull token OCI clients carry) are answered
 * from memory, and never with what a write has since changed, nor to anyone who may not see them: every lookup
 * here is made again right after the write, with the old answer certainly kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class LookupCacheIT {

    private static final String ALICE = TestUser.ALICE.username();
    private static final String ARCH = "?arch=" + LibraryPush.ARCH;
    private static final String DIGEST = "Docker-Content-Digest";
    private static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";

    private final Api api = new Api();
    private final LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());

    @Test
    void aMovedTagIsSeenAtOnce() {
        String collection = Names.unique("cachemove");
        Pushed first = push.push(Tools.sif(4096, "cache first"), ALICE, collection, "img", "latest");
        List<String> lookups = lookups(first);
        lookups.forEach(path -> assertEquals(first.hash(), versionOf(path)));
        lookups.forEach(path -> assertEquals(first.hash(), versionOf(path), "asked again: " + path));

        Pushed second = push.push(Tools.sif(4096, "cache second"), ALICE, collection, "img", "latest");

        assertNotEquals(first.hash(), second.hash());
        lookups.forEach(path -> assertEquals(second.hash(), versionOf(path), path));
    }

    @Test
    void aDeletedImageIsGoneAtOnce() {
        Pushed pushed = push.push(Tools.sif(4096, "cache delete"), ALICE, Names.unique("cachedel"), "img", "latest");
        List<String> lookups = lookups(pushed);
        lookups.forEach(this::versionOf);

        api.delete("v1/images/" + pushed.ref() + ":latest" + ARCH, TestUser.ALICE.pushToken()).expect(200);

        lookups.forEach(path -> api.get(path).expectError(404));
    }

    @Test
    void withCredentialsTheAnswerIsAlwaysComputed() {
        String collection = Names.unique("cacheauth");
        Pushed first = push.push(Tools.sif(4096, "cache auth"), ALICE, collection, "img", "latest");
        String shub = "api/container/" + collection + "/img:latest";
        api.get(shub).expect(200);

        assertEquals(first.hash(), api.get(shub, TestUser.ALICE.pullToken()).expect(200).json().getString("version"));
        api.get(shub, Names.unknownToken()).expectError(401);
    }

    @Test
    void anOciManifestFollowsItsTagAtOnceForEveryReader() {
        String collection = Names.unique("cacheocimove");
        Pushed first = push.push(Tools.sif(4096, "oci cache first"), ALICE, collection, "img", "latest");
        String manifest = "v2/" + collection + "/img/manifests/latest";
        List<String> readers = Arrays.asList(null, "Bearer " + anonymousToken(collection + "/img"));
        String firstDigest = oci("GET", manifest, null).expect(200).header(DIGEST);
        for (String reader : readers) {
            for (int i = 0; i < 2; i++) {
                Reply answer = oci("GET", manifest, reader).expect(200);
                assertEquals(firstDigest, answer.header(DIGEST));
                assertTrue(answer.text().contains("sha256:" + first.sha256()), answer.text());
                assertEquals(firstDigest, oci("HEAD", manifest, reader).expect(200).header(DIGEST));
            }
        }

        Pushed second = push.push(Tools.sif(4096, "oci cache second"), ALICE, collection, "img", "latest");

        for (String reader : readers) {
            Reply answer = oci("GET", manifest, reader).expect(200);
            assertTrue(answer.text().contains("sha256:" + second.sha256()), answer.text());
            assertNotEquals(firstDigest, answer.header(DIGEST));
            Reply head = oci("HEAD", manifest, reader).expect(200);
            assertEquals(answer.header(DIGEST), head.header(DIGEST));
            assertEquals(Integer.toString(answer.body().length), head.header("Content-Length"));
            assertEquals(MANIFEST_TYPE, head.header("Content-Type"));
        }
    }

    @Test
    void aDeletedOciTagIsMissingAtOnce() {
        String collection = Names.unique("cacheocidel");
        push.push(Tools.sif(4096, "oci cache delete"), ALICE, collection, "img", "latest", "other");
        String manifest = "v2/" + collection + "/img/manifests/latest";
        List<String> readers = Arrays.asList(null, "Bearer " + anonymousToken(collection + "/img"));
        for (String reader : readers) {
            oci("GET", manifest, reader).expect(200);
            oci("HEAD", manifest, reader).expect(200);
        }

        oci("DELETE", manifest, TestUser.ALICE.basicAuthorization()).expect(202);

        for (String reader : readers) {
            oci("GET", manifest, reader).expect(404);
            oci("HEAD", manifest, reader).expect(404);
        }
    }

    @Test
    void aKeptOciManifestStillChecksTheToken() {
        String collection = Names.unique("cacheocitok");
        push.push(Tools.sif(4096, "oci cache token"), ALICE, collection, "img", "latest");
        String manifest = "v2/" + collection + "/img/manifests/latest";
        String token = anonymousToken(collection + "/img");
        oci("GET", manifest, null).expect(200);
        oci("GET", manifest, "Bearer " + token).expect(200);

        Reply tampered = oci("GET", manifest, "Bearer " + token.substring(0, token.length() - 2) + "xx").expect(401);
        assertTrue(tampered.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        Reply elsewhere = oci("HEAD", manifest, "Bearer " + anonymousToken(collection + "/other")).expect(401);
        assertTrue(elsewhere.header("WWW-Authenticate").contains("error=\"insufficient_scope\""));
    }

    @Test
    void aPrivateOciManifestReadByItsOwnerStaysHidden() {
        String collection = Names.unique("cacheocipriv");
        push.collection(ALICE, collection, true);
        push.push(Tools.sif(4096, "oci cache private"), ALICE, collection, "img", "latest");
        String name = collection + "/img";
        String manifest = "v2/" + name + "/manifests/latest";
        String alices = "Bearer " + token(TestUser.ALICE.basicAuthorization(), name);
        for (String owner : List.of(alices, TestUser.ALICE.basicAuthorization(), alices)) {
            oci("GET", manifest, owner).expect(200);
            oci("HEAD", manifest, owner).expect(200);
        }

        oci("GET", manifest, null).expect(401);
        oci("HEAD", manifest, null).expect(401);
        oci("GET", manifest, "Bearer " + anonymousToken(name)).expect(401);
        oci("GET", manifest, "Bearer " + token(TestUser.BOB.basicAuthorization(), name)).expect(404);
    }

    /** An OCI request as clients send it; {@code authorization} null for none. */
    private Reply oci(String method, String path, String authorization) {
        HttpRequest.Builder request = Api.request(path).header("Accept", MANIFEST_TYPE)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    private String anonymousToken(String repository) {
        return token(null, repository);
    }

    /** A pull token from the realm for {@code repository}, as an OCI client asks for it after the challenge. */
    private String token(String authorization, String repository) {
        String scope = URLEncoder.encode("repository:" + repository + ":pull", StandardCharsets.UTF_8);
        HttpRequest.Builder request = Api.request("v2/token?service=localhost:8080&scope=" + scope).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request).expect(200).json().getString("token");
    }

    /** The shub manifest, the library's image record and its pull's 303, as clients ask for them. */
    private static List<String> lookups(Pushed pushed) {
        return List.of("api/container/" + pushed.collection() + "/" + pushed.container() + ":latest",
                "v1/images/" + pushed.ref() + ":latest" + ARCH,
                "v1/imagefile/" + pushed.ref() + ":latest" + ARCH);
    }

    private String versionOf(String path) {
        if (path.startsWith("v1/imagefile/")) {
            String signedUrl = api.get(path).expect(303).header("Location");
            return signedUrl.replaceAll(".*/api/download/[0-9]+/([^?]+)\\?.*", "$1");
        }
        var answer = api.get(path).expect(200);
        return path.startsWith("v1/") ? answer.data().getString("hash") : answer.json().getString("version");
    }
}
