package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OrasClient;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code REGISTRY_OCI_REDIRECT=true}: a SIF's blob {@code GET} under {@code /v2/} answers 307 to the signed,
 * Range-capable URL a library pull is sent to, counted once at the 307s, whatever ranges follow; {@code HEAD} and the
 * config blob still answer themselves; and oras-go (Apptainer 1.0-1.2) follows it to the exact file. The setting is
 * switched on at run time through the management API, as an admin would with jboss-cli, and back after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class OciPullRedirectIT {

    private static final String PROPERTY = "registry.oci.redirect";
    private static final String AT_START = "${env.REGISTRY_OCI_REDIRECT:false}";
    private static final String CONFIG_DIGEST = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
    private static final Duration COUNTED_WITHIN = Duration.ofSeconds(60);

    private final Api api = new Api();

    @BeforeEach
    void redirect() {
        Management.setSystemProperty(PROPERTY, "true");
    }

    @AfterEach
    void stream() {
        Management.setSystemProperty(PROPERTY, AT_START);
    }

    @Test
    void aBlobGetIsA307ToASignedUrlServingTheBytesAndRangesWhileHeadAndConfigAnswerThemselves() throws IOException {
        Path file = Tools.sif(64 * 1024, "oci redirect");
        Pushed pushed = push(file, Names.unique("ocired"));
        String blob = "v2/" + pushed.collection() + "/img/blobs/sha256:" + pushed.sha256();
        byte[] content = Files.readAllBytes(file);

        Reply redirect = api.get(blob).expect(307);

        String location = redirect.header("Location");
        assertTrue(URI.create(location).isAbsolute(), location);
        assertTrue(location.startsWith("http://localhost:8080/api/download/") && location.contains("signature="),
                "the signed URL of library pulls: " + location);
        assertEquals("sha256:" + pushed.sha256(), redirect.header("Docker-Content-Digest"));
        assertArrayEquals(content, api.get(location).expect(200).body());
        Reply range = api.send(Api.request(location).header("Range", "bytes=100-199").GET()).expect(206);
        assertArrayEquals(Arrays.copyOfRange(content, 100, 200), range.body());

        Reply head = api.send(Api.request(blob).method("HEAD", HttpRequest.BodyPublishers.noBody())).expect(200);
        assertNull(head.header("Location"));
        assertEquals(Integer.toString(content.length), head.header("Content-Length"));
        assertEquals("sha256:" + pushed.sha256(), head.header("Docker-Content-Digest"));
        assertEquals("{}", api.get("v2/" + pushed.collection() + "/img/blobs/" + CONFIG_DIGEST).expect(200).text());
    }

    @Test
    void aPullInRangesThroughTheRedirectCountsOnce() {
        Path file = Tools.sif(64 * 1024, "oci redirect count");
        Pushed pushed = push(file, Names.unique("ocircount"));
        String blob = "v2/" + pushed.collection() + "/img/blobs/sha256:" + pushed.sha256();
        long half = Api.size(file) / 2;

        // a parallel client: each part asks the registry, which redirects each with its Range
        for (String part : List.of("bytes=0-" + (half - 1), "bytes=" + half + "-")) {
            String location = api.send(Api.request(blob).header("Range", part).GET()).expect(307).header("Location");
            api.send(Api.request(location).header("Range", part).GET()).expect(206);
        }

        String container = "v1/containers/" + pushed.ref();
        Eventually.await(COUNTED_WITHIN, () -> downloadCount(container), count -> count >= 1, "the pull to count");
        assertEquals("COMPLETED", Management.updateDownloadsOnceTheQueueIsEmpty());
        assertEquals(1, downloadCount(container), "two ranges and two redirects are one pull");
    }

    @Test
    void orasGoFollowsTheRedirectToTheExactFile() {
        Path file = Tools.sif(256 * 1024, "oras redirect");
        Pushed pushed = push(file, Names.unique("orasred"));
        Path out = Tools.targetDir().resolve("oras-out/" + Names.unique("redirected") + ".sif");

        Tools.Result pull = new OrasClient(null, null).pull(OrasClient.ref(pushed.collection() + "/img", "v1"), out,
                true).orFail();

        assertEquals(Api.sha256(file), Api.sha256(out));
        assertTrue(pull.stderr().contains("[orasclient] <<< HTTP/1.1 307"), pull.stderr());
        assertTrue(pull.stderr().contains("[orasclient] >>> GET /api/download/"), "the signed URL was followed: "
                + pull.stderr());
    }

    private Pushed push(Path file, String collection) {
        return new LibraryPush(api, TestUser.ALICE.pushToken()).push(file, TestUser.ALICE.username(), collection,
                "img", "v1");
    }

    private long downloadCount(String container) {
        return api.get(container, TestUser.ALICE.pullToken()).expect(200).data().getJsonNumber("downloadCount")
                .longValue();
    }
}
