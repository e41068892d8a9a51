package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestCertificate;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.TlsProxy;
import org.sifregistry.testing.Tools;

/**
 * The registry over https as researchers' clients reach it, in both ways README's HTTPS describes, on a server of
 * its own (the failsafe execution {@code https} of registry-it's pom): WildFly serving the institution's
 * certificate itself (tls.cli, REGISTRY_TLS_KEYSTORE, port 8443), and HAProxy ending TLS on 443 in front of the
 * plain http listener (REGISTRY_BEHIND_PROXY=true). REGISTRY_BASE_URL is the proxy's address, https://localhost, so
 * a shub pull (which takes no port) goes there. The certificate is the test's own, and the clients trust it alone:
 * the real library client and Apptainer's shub pull through Go's SSL_CERT_FILE, the Java checks through a trust
 * store.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class HttpsIT {

    /** The address REGISTRY_BASE_URL names for this server: the proxy on the https default port. */
    private static final URI PROXY = URI.create("https://localhost/");
    private static final URI DIRECT = URI.create("https://localhost:8443/");
    private static final long SMALL_PAYLOAD = 64 * 1024;
    private static final String ALICE = TestUser.ALICE.username();

    private static TestCertificate certificate;
    private static Path trusted;
    private static TlsProxy proxy;

    private final List<Path> madeFiles = new ArrayList<>();

    @BeforeAll
    static void startTheProxy() {
        certificate = TestCertificate.ofTheHttpsServer();
        trusted = certificate.certificatePem();
        proxy = TlsProxy.start(certificate.certificateAndKeyPem(), PROXY.getPort() < 0 ? 443 : PROXY.getPort());
    }

    @AfterAll
    static void stopTheProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @AfterEach
    void deleteMadeFiles() {
        Tools.deleteQuietly(madeFiles.toArray(Path[]::new));
    }

    @Test
    void theLibraryClientPushesAndPullsOverWildFlysOwnTls() {
        Path file = made(Tools.sif(SMALL_PAYLOAD, "https direct"));
        String ref = ALICE + "/" + Names.unique("direct") + "/img";
        LibraryClient client = new LibraryClient(DIRECT, TestUser.ALICE.pushToken()).trusting(trusted);

        client.push(file, ref, "v1");

        assertEquals(Api.sha256(file), pull(client, ref, "v1"));
    }

    @Test
    void wildFlyServesTheCertificateOfTheKeyStoreTheEnvironmentNames() {
        // a client that trusts the test's certificate alone gets an answer: WildFly's own self-signed one is gone
        Reply version = new Api(DIRECT, certificate.trust()).get("version").expect(200);
        assertNotNull(version.json());

        Tools.Result refused = new LibraryClient(DIRECT, null).pull(ALICE + "/any/img", "v1",
                made(Tools.downloadTarget("https-refused")));
        assertTrue(refused.stderr().contains("x509: certificate signed by unknown authority"), refused.describe());
    }

    @Test
    void aLibraryPullThroughEitherWayIsRedirectedToAnHttpsUrl() {
        LibraryPush.Pushed pushed = aliceImage("redirect");

        for (URI base : List.of(DIRECT, PROXY)) {
            String location = new Api(base, certificate.trust())
                    .get("v1/imagefile/" + pushed.ref() + ":v1?arch=" + LibraryPush.ARCH).expect(303)
                    .header("Location");
            assertOnTheProxy(URI.create(location), base.toString());
        }
    }

    @Test
    void theLibraryClientPushesAndPullsThroughTheProxy() {
        Path file = made(Tools.sif(SMALL_PAYLOAD, "https proxy"));
        String ref = ALICE + "/" + Names.unique("proxied") + "/img";
        LibraryClient client = new LibraryClient(PROXY, TestUser.ALICE.pushToken()).trusting(trusted);

        client.push(file, ref, "v1");

        assertEquals(Api.sha256(file), pull(client, ref, "v1"));
    }

    @Test
    void apptainersShubPullOnPort443GetsTheExactFileFromAnHttpsImageUrl() {
        Path file = made(Tools.sif(SMALL_PAYLOAD, "https shub"));
        String collection = Names.unique("shub");
        alicePush(file, collection);
        Path out = made(Tools.downloadTarget("https-shub"));

        Tools.Result pulled = Tools.run(Duration.ofMinutes(5), Map.of("SSL_CERT_FILE", trusted.toString()),
                Tools.shubclient().toString(), "pull", "shub://" + PROXY.getHost() + "/" + collection + "/img:v1",
                out.toString()).orFail();

        assertEquals(Api.sha256(file), Api.sha256(out));
        JsonObject manifest = Json.createReader(new StringReader(pulled.stdout().strip())).readObject();
        assertOnTheProxy(URI.create(manifest.getString("image")), "the shub answer's image URL");
    }

    @Test
    void behindTheProxyTheServersOwnRedirectsAndHeadersSayHttps() {
        // Undertow adds the slash to a directory's address with an absolute Location made from the request
        Reply proxied = new Api(PROXY, certificate.trust()).get("collections").expect(302);
        assertOnTheProxy(URI.create(proxied.header("Location")), "a redirect through the proxy");
        assertNotNull(proxied.header("Strict-Transport-Security"), "the proxied request counts as https");

        // the same request on the plain listener, without the proxy's headers, stays http
        Reply plain = new Api().get("collections").expect(302);
        assertTrue(plain.header("Location").startsWith("http://"), plain.header("Location"));
        assertNull(plain.header("Strict-Transport-Security"));
    }

    /** An https URL on REGISTRY_BASE_URL's host and port: the proxy, https://localhost. */
    private static void assertOnTheProxy(URI url, String what) {
        assertEquals("https", url.getScheme(), what + ": " + url);
        assertEquals(PROXY.getHost(), url.getHost(), what + ": " + url);
        assertTrue(url.getPort() == -1 || url.getPort() == 443, what + ": " + url);
    }

    private LibraryPush.Pushed aliceImage(String prefix) {
        return alicePush(made(Tools.sif(SMALL_PAYLOAD, "https " + prefix)), Names.unique(prefix));
    }

    /** A library push as {@code collection/img:v1}; its upload URL is on the proxy, like every absolute URL here. */
    private static LibraryPush.Pushed alicePush(Path file, String collection) {
        return new LibraryPush(new Api(PROXY, certificate.trust()), TestUser.ALICE.pushToken())
                .push(file, ALICE, collection, "img", "v1");
    }

    private String pull(LibraryClient client, String ref, String tag) {
        Path out = made(Tools.downloadTarget("https-pull"));
        Tools.Result pulled = client.pull(ref, tag, out).orFail();
        String sha256 = Api.sha256(out);
        assertTrue(pulled.stdout().contains("pulled sha256=" + sha256), pulled.describe());
        return sha256;
    }

    private Path made(Path file) {
        madeFiles.add(file);
        return file;
    }
}
