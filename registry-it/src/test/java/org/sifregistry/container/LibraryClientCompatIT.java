package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The registry driven by the real Apptainer library client code (container-library-client, through the Go driver
 * in src/test/go): what {@code apptainer push/pull library://...} sends, including its multipart upload of big
 * images and its parallel ranged download, and the check that shub serves the very same bytes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryClientCompatIT {

    private static final String ALICE = TestUser.ALICE.username();

    private final Api api = new Api();
    /** Files this test made; images of 1 GiB must not pile up in target/ run after run. */
    private final List<Path> madeFiles = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive registry() {
        return Deployments.registryEar();
    }

    @AfterEach
    void deleteMadeFiles() {
        Tools.deleteQuietly(madeFiles.toArray(Path[]::new));
    }

    @Test
    void theClientReadsTheApiVersion() {
        assertEquals("2.0.0-alpha.2", new LibraryClient(null).version().getString("apiVersion"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void pushesAndPullsA4KibImage() {
        pushPullAndCompare(made(Tools.sif(4 << 10, "compat 4 KiB")));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void pushesAndPullsA1MibImage() {
        pushPullAndCompare(made(Tools.sif(1 << 20, "compat 1 MiB")));
    }

    /** Over the client's 64 MiB threshold, so it uploads in parts; its parallel pull asks for 5 MiB ranges. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void pushesAndPullsA1GibImage() {
        pushPullAndCompare(made(Tools.sif(1L << 30, "compat 1 GiB")));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void pushingTheSameFileAgainUploadsNothing() {
        Path file = made(Tools.sif(1 << 20, "compat again"));
        String ref = ALICE + "/" + Names.unique("again") + "/img";
        LibraryClient client = aliceClient();
        client.push(file, ref, "v1");

        Tools.Result again = client.pushLogged(file, ref, "v2");

        assertTrue(again.stderr().contains("Image is already present in the library - not uploading"),
                again.describe());
        assertFalse(again.stderr().contains("Now uploading"), again.describe());
        assertEquals(Api.sha256(file), pullAndHash(client, ref, "v2", false), "the new tag names the same image");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void imageSearchAndDeleteAsTheClientSeesThem() {
        Path file = made(Tools.sif(4 << 10, "compat image"));
        String collection = Names.unique("cli");
        String ref = ALICE + "/" + collection + "/img";
        LibraryClient client = aliceClient();
        client.push(file, ref, "v1");

        JsonObject image = client.image(ref + ":v1");
        assertEquals("sha256." + Api.sha256(file), image.getString("hash"));
        assertEquals(Api.size(file), image.getJsonNumber("size").longValue());
        assertTrue(image.getBoolean("uploaded"));

        JsonObject found = client.search(collection);
        assertTrue(names(found, "collection").contains(collection), found.toString());
        assertTrue(names(found, "container").contains("img"), found.toString());

        // a public image needs no token to pull
        assertEquals(Api.sha256(file), pullAndHash(new LibraryClient(null), ref, "v1", false));

        client.delete(ref + ":v1").orFail();

        Tools.Result pull = client.pull(ref, "v1", made(scratchFile("deleted")));
        assertFalse(pull.succeeded(), "a deleted image cannot be pulled: " + pull.describe());
        assertTrue(pull.stderr().contains("not found"), pull.describe());
    }

    /** push, pull, cpull and a shub download must all agree with the original file, byte for byte. */
    private void pushPullAndCompare(Path file) {
        String sha256 = Api.sha256(file);
        String collection = Names.unique("compat");
        String ref = ALICE + "/" + collection + "/img";
        LibraryClient client = aliceClient();

        Tools.Result pushed = client.push(file, ref, "v1");
        assertTrue(pushed.stdout().contains("pushed sha256=" + sha256), pushed.describe());

        assertEquals(sha256, pullAndHash(client, ref, "v1", false), "pull");
        assertEquals(sha256, pullAndHash(client, ref, "v1", true), "cpull");

        // shub://, as protocols.md §1: the metadata without credentials, then its image URL
        String image = api.get("api/container/" + collection + "/img:v1").expect(200).json().getString("image");
        Path viaShub = made(scratchFile("shub"));
        HttpResponse<Path> download = api.download(image, viaShub);
        assertEquals(200, download.statusCode());
        assertEquals(sha256, Api.sha256(viaShub), "shub");
    }

    private String pullAndHash(LibraryClient client, String ref, String tag, boolean concurrent) {
        Path out = made(scratchFile(concurrent ? "cpull" : "pull"));
        Tools.Result pulled = (concurrent ? client.concurrentPull(ref, tag, out) : client.pull(ref, tag, out)).orFail();
        String sha256 = Api.sha256(out);
        assertTrue(pulled.stdout().contains("pulled sha256=" + sha256), pulled.describe());
        Tools.deleteQuietly(out);
        return sha256;
    }

    private LibraryClient aliceClient() {
        return new LibraryClient(TestUser.ALICE.pushToken());
    }

    private Path made(Path file) {
        madeFiles.add(file);
        return file;
    }

    /** A path for a download; the driver opens it itself, so its directory must exist. */
    private static Path scratchFile(String purpose) {
        try {
            return Files.createDirectories(Tools.targetDir().resolve("sif")).resolve(Names.unique(purpose) + ".sif");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonObject searchResults, String kind) {
        return searchResults.getJsonArray(kind).getValuesAs(JsonObject.class).stream()
                .map(found -> found.getString("name", null))
                .toList();
    }
}
