package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OrasClient;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code REGISTRY_S3_REDIRECT=true} with the images on the object store of the s3 execution (S3Proxy): library, shub,
 * share-link and OCI downloads end in a 307 to a presigned GET of the store, which serves the bytes and ranges
 * without WildFly; HEAD is answered by the registry; the real library client and oras-go follow the chain to the
 * exact file; a pull counts once. The setting is switched on at run time through the management API, as an admin
 * would with jboss-cli, and back after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class DownloadRedirectS3IT {

    private static final String PROPERTY = "registry.s3.redirect";
    private static final String AT_START = "${env.REGISTRY_S3_REDIRECT:false}";
    private static final String OCI_PROPERTY = "registry.oci.redirect";
    private static final String OCI_AT_START = "${env.REGISTRY_OCI_REDIRECT:false}";
    /** The store the server writes to: failsafe's s3 execution gives the server and this JVM the same variables. */
    private static final String STORE = environment("REGISTRY_S3_ENDPOINT");
    private static final String BUCKET = environment("REGISTRY_S3_BUCKET");
    private static final String ALICE = TestUser.ALICE.username();
    private static final String ARCH = "?arch=" + LibraryPush.ARCH;
    private static final Pattern SHARE_URL = Pattern.compile("value=\"([^\"]*/api/share/[^\"]+)\"");
    private static final Duration COUNTED_WITHIN = Duration.ofSeconds(60);

    private final Api api = new Api();

    @BeforeEach
    void redirect() {
        Management.setSystemProperty(PROPERTY, "true");
    }

    @AfterEach
    void stream() {
        Management.setSystemProperty(PROPERTY, AT_START);
        Management.setSystemProperty(OCI_PROPERTY, OCI_AT_START);
    }

    @Test
    void libraryShubAndShareDownloadsAre307sToTheStoreServingBytesAndRangesWhileHeadAnswersItself() {
        Path file = Tools.sif(64 * 1024, "s3 redirect");
        String collection = Names.unique("s3red");
        // private: the presigned URL is the permission, as the signed URLs before it are
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection(ALICE, collection, true);
        Pushed pushed = push(file, collection);
        byte[] content = read(file);
        Map<String, String> downloads = new LinkedHashMap<>();
        String signed = api.get("v1/imagefile/" + pushed.ref() + ":v1" + ARCH, TestUser.ALICE.pullToken())
                .expect(303).header("Location");
        assertTrue(signed.contains("/api/download/"), "the library's 303 goes to the registry's signed URL: " + signed);
        downloads.put("library", signed);
        downloads.put("shub", api.get("api/container/" + collection + "/img:v1", TestUser.ALICE.pullToken())
                .expect(200).json().getString("image"));
        downloads.put("share link", shareLink(pushed));

        downloads.forEach((protocol, url) -> {
            String whole = storeUrl(api.get(url).expect(307), pushed, protocol);
            assertArrayEquals(content, api.get(whole).expect(200).body(), protocol);

            String range = storeUrl(api.send(Api.request(url).header("Range", "bytes=100-199").GET()).expect(307),
                    pushed, protocol);
            Reply slice = api.send(Api.request(range).header("Range", "bytes=100-199").GET()).expect(206);
            assertArrayEquals(Arrays.copyOfRange(content, 100, 200), slice.body(), protocol);
            assertEquals("bytes 100-199/" + content.length, slice.header("Content-Range"), protocol);

            Reply head = api.send(Api.request(url).method("HEAD", HttpRequest.BodyPublishers.noBody())).expect(200);
            assertNull(head.header("Location"), protocol + ": a presigned URL is for GET only");
            assertEquals(Integer.toString(content.length), head.header("Content-Length"), protocol);
            assertEquals("\"" + pushed.hash() + "\"", head.header("ETag"), protocol);
        });
    }

    @Test
    void anOciBlobGetEndsAtTheStoreWithOrWithoutTheOciRedirect() {
        Path file = Tools.sif(64 * 1024, "s3 redirect oci");
        Pushed pushed = push(file, Names.unique("s3oci"));
        String blob = "v2/" + pushed.collection() + "/img/blobs/sha256:" + pushed.sha256();
        byte[] content = read(file);

        // REGISTRY_OCI_REDIRECT off: the blob GET sends to the store itself
        Reply direct = api.get(blob).expect(307);
        assertEquals("sha256:" + pushed.sha256(), direct.header("Docker-Content-Digest"));
        assertArrayEquals(content, api.get(storeUrl(direct, pushed, "oci")).expect(200).body());
        Reply head = api.send(Api.request(blob).method("HEAD", HttpRequest.BodyPublishers.noBody())).expect(200);
        assertNull(head.header("Location"));
        assertEquals(Integer.toString(content.length), head.header("Content-Length"));

        // on: first to the signed URL of library pulls, which sends to the store
        Management.setSystemProperty(OCI_PROPERTY, "true");
        String signed = api.get(blob).expect(307).header("Location");
        assertTrue(signed.contains("/api/download/"), "the registry's signed URL: " + signed);
        assertArrayEquals(content, api.get(storeUrl(api.get(signed).expect(307), pushed, "oci redirect")).expect(200)
                .body());

        Path out = Tools.downloadTarget("oras-s3-redirect");
        try {
            Tools.Result pull = new OrasClient(null, null).pull(OrasClient.ref(pushed.collection() + "/img", "v1"),
                    out, true).orFail();
            assertEquals(Api.sha256(file), Api.sha256(out));
            assertTrue(pull.stderr().contains(">>> GET /" + BUCKET + "/sha256/" + pushed.sha256()),
                    "oras-go fetched the bytes from the store: " + pull.stderr());
        } finally {
            Tools.deleteQuietly(out);
        }
    }

    @Test
    void theLibraryClientPullsThroughTheRedirectsToTheExactFile() {
        // two parts of the concurrent download (5 MiB each)
        Path file = Tools.sif(6L << 20, "s3 redirect client");
        Pushed pushed = push(file, Names.unique("s3client"));
        String signed = api.get("v1/imagefile/" + pushed.ref() + ":v1" + ARCH).expect(303).header("Location");
        storeUrl(api.get(signed).expect(307), pushed, "library");
        LibraryClient client = new LibraryClient(TestUser.ALICE.pullToken());
        Path pulled = Tools.downloadTarget("s3-redirect-pull");
        Path concurrent = Tools.downloadTarget("s3-redirect-cpull");

        try {
            client.pull(pushed.ref(), "v1", pulled).orFail();
            client.concurrentPull(pushed.ref(), "v1", concurrent).orFail();

            assertEquals(Api.sha256(file), Api.sha256(pulled), "pull");
            assertEquals(Api.sha256(file), Api.sha256(concurrent), "parallel ranged pull");
        } finally {
            Tools.deleteQuietly(pulled, concurrent);
        }
    }

    @Test
    void aPullThroughTheRedirectCountsOnce() {
        Pushed library = push(Tools.sif(64 * 1024, "s3 count library"), Names.unique("s3cntlib"));
        Pushed shub = push(Tools.sif(64 * 1024, "s3 count shub"), Names.unique("s3cntshub"));
        Pushed shared = push(Tools.sif(64 * 1024, "s3 count share"), Names.unique("s3cntshare"));

        // as the concurrent library client: the 303, then ranges of the signed URL, each redirected with its Range
        String signed = api.get("v1/imagefile/" + library.ref() + ":v1" + ARCH).expect(303).header("Location");
        pullInRanges(signed, library);
        pullInRanges(api.get("api/container/" + shub.collection() + "/img:v1").expect(200).json().getString("image"),
                shub);
        String link = shareLink(shared);
        assertEquals(shared.size(), api.get(storeUrl(api.get(link).expect(307), shared, "share link")).expect(200)
                .body().length);

        for (Pushed pushed : new Pushed[] {library, shub, shared}) {
            Eventually.await(COUNTED_WITHIN, () -> downloadCount(pushed), count -> count >= 1,
                    "the pull of " + pushed.ref() + " to count");
        }
        assertEquals("COMPLETED", Management.updateDownloadsOnceTheQueueIsEmpty());
        assertEquals(1, downloadCount(library), "library: a 303, two ranges and their redirects are one pull");
        assertEquals(1, downloadCount(shub), "shub: two ranges and their redirects are one pull");
        assertEquals(1, downloadCount(shared), "share link: a redirect and its GET are one pull");
    }

    /** Fetches the image from {@code url} in two ranges, each one 307 to the store and a GET there. */
    private void pullInRanges(String url, Pushed pushed) {
        long half = pushed.size() / 2;
        for (String part : new String[] {"bytes=0-" + (half - 1), "bytes=" + half + "-"}) {
            String store = storeUrl(api.send(Api.request(url).header("Range", part).GET()).expect(307), pushed, part);
            api.send(Api.request(store).header("Range", part).GET()).expect(206);
        }
    }

    /** The Location of {@code redirect}, checked to be a presigned GET of the image on the object store. */
    private static String storeUrl(Reply redirect, Pushed pushed, String what) {
        String location = redirect.header("Location");
        assertNotNull(location, what + ": a 307 without a Location");
        assertTrue(location.startsWith(STORE + "/" + BUCKET + "/sha256/" + pushed.sha256() + "?")
                && location.contains("X-Amz-Signature="), what + ": a presigned GET of the store: " + location);
        return location;
    }

    /** A share link to the container, made on its page as its owner makes one (the share dialog's form). */
    private static String shareLink(Pushed pushed) {
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);
        BrowserSession.Page page = alice.get("containers/container.xhtml?ref=" + pushed.collection() + "/"
                + pushed.container() + ":v1");
        BrowserSession.Page created = alice.submit(page, "share", Map.of("share:shareExpiry_input", "1"),
                "share:createShareLink");
        Matcher url = SHARE_URL.matcher(created.body());
        assertTrue(url.find(), "the page shows the new link: " + created.body());
        return url.group(1);
    }

    private Pushed push(Path file, String collection) {
        return new LibraryPush(api, TestUser.ALICE.pushToken()).push(file, ALICE, collection, "img", "v1");
    }

    private long downloadCount(Pushed pushed) {
        return api.get("v1/containers/" + pushed.ref(), TestUser.ALICE.pullToken()).expect(200).data()
                .getJsonNumber("downloadCount").longValue();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run this test in the s3 execution of registry-it's"
                    + " pom, which sets it for the server and the tests");
        }
        return value;
    }
}
