package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * {@code skopeo} (Debian's) copying a container image in and out of the registry: an OCI image layout made here
 * (a config and two gzip'd tar layers) goes in with a password through the Bearer token flow, and comes back, with
 * credentials and anonymously from a public collection, with the same manifest and blobs; as a Docker schema 2
 * image; and a multi-arch OCI image index (linux/amd64 and linux/arm64, each its own config and layers) copied
 * whole with {@code --all}: the index and both platforms' manifests kept byte for byte, every blob of both there.
 * Nothing of it is read as a SIF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class SkopeoClientIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    private static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    private static final String ALICE = TestUser.ALICE.username() + ":" + TestUser.ALICE.password();

    private final Api api = new Api();

    @BeforeAll
    static void skopeoIsThere() {
        Tools.requireCommands("skopeo");
    }

    @Test
    void anOciImageGoesInAndComesOutTheSame() throws IOException {
        String name = collection("skopeo") + "/app";
        Layout image = Layout.write(Tools.targetDir().resolve("skopeo/" + Names.unique("in")), "v1");

        skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ALICE, "oci:" + image.dir() + ":v1",
                "docker://" + ref(name, "v1"));

        Reply manifest = api.get("v2/" + name + "/manifests/v1").expect(200);
        assertEquals(image.manifestDigest(), manifest.header("Docker-Content-Digest"), "kept byte for byte");
        assertEquals(OCI_MANIFEST, manifest.header("Content-Type"));
        assertBlobsServed(name, image.dir(), image.blobs());

        for (Path copy : copiesOut(name, "v1", List.of())) {
            assertCopyHolds(copy, image.dir(), image.manifestDigest(), image.blobs());
        }
    }

    @Test
    void aDockerSchemaTwoImageGoesInAndComesOutTheSame() throws IOException {
        String name = collection("skopeov2") + "/app";
        Layout image = Layout.write(Tools.targetDir().resolve("skopeo/" + Names.unique("v2in")), "v1");

        skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ALICE, "--format", "v2s2",
                "oci:" + image.dir() + ":v1", "docker://" + ref(name, "v2"));

        Reply manifest = api.get("v2/" + name + "/manifests/v2").expect(200);
        assertEquals(DOCKER_MANIFEST, manifest.header("Content-Type"));
        Path back = Tools.targetDir().resolve("skopeo/" + Names.unique("v2out"));
        skopeo("copy", "--src-tls-verify=false", "--src-creds", ALICE, "docker://" + ref(name, "v2"), "dir:" + back);
        assertArrayEquals(manifest.body(), Files.readAllBytes(back.resolve("manifest.json")),
                "the docker manifest comes back as it was pushed");
        for (String layer : image.layers()) {
            assertArrayEquals(image.blob(layer), Files.readAllBytes(back.resolve(layer.substring("sha256:".length()))),
                    layer);
        }
        String inspected = skopeo("inspect", "--tls-verify=false", "--no-creds", "--raw", "docker://" + ref(name, "v2"))
                .stdout();
        assertEquals(manifest.text(), inspected.strip());
        assertTrue(inspected.contains(DOCKER_MANIFEST), inspected);
    }

    @Test
    void aMultiArchIndexGoesInAndComesOutWhole() throws IOException {
        String name = collection("skopeoall") + "/app";
        MultiArchLayout image = MultiArchLayout.write(Tools.targetDir().resolve("skopeo/" + Names.unique("allin")),
                "v1");

        // without --all skopeo would pick the host's platform and push only its manifest
        skopeo("copy", "--all", "--dest-tls-verify=false", "--dest-creds", ALICE, "oci:" + image.dir() + ":v1",
                "docker://" + ref(name, "v1"));

        Reply index = api.get("v2/" + name + "/manifests/v1").expect(200);
        assertEquals(OCI_INDEX, index.header("Content-Type"));
        assertEquals(image.indexDigest(), index.header("Docker-Content-Digest"), "kept byte for byte");
        assertArrayEquals(image.blob(image.indexDigest()), index.body());
        for (Layout platform : image.platforms()) {
            Reply manifest = api.get("v2/" + name + "/manifests/" + platform.manifestDigest()).expect(200);
            assertEquals(OCI_MANIFEST, manifest.header("Content-Type"), platform.manifestDigest());
            assertArrayEquals(image.blob(platform.manifestDigest()), manifest.body(), platform.manifestDigest());
            assertBlobsServed(name, image.dir(), platform.blobs());
        }

        for (Path copy : copiesOut(name, "v1", List.of("--all"))) {
            assertCopyHolds(copy, image.dir(), image.indexDigest(), image.blobs());
        }
        String inspected = skopeo("inspect", "--raw", "--tls-verify=false", "--no-creds", "docker://" + ref(name, "v1"))
                .stdout();
        assertEquals(new String(image.blob(image.indexDigest()), StandardCharsets.UTF_8), inspected,
                "the index, not the manifest of the host's platform");
    }

    /** Copies the image out into two new OCI layouts, one with ALICE's password and one anonymously. */
    private List<Path> copiesOut(String name, String tag, List<String> options) {
        Path back = Tools.targetDir().resolve("skopeo/" + Names.unique("out"));
        Path anonymous = Tools.targetDir().resolve("skopeo/" + Names.unique("anonymous"));
        copyOut(options, List.of("--src-creds", ALICE), ref(name, tag), back, tag);
        copyOut(options, List.of("--src-no-creds"), ref(name, tag), anonymous, tag);
        return List.of(back, anonymous);
    }

    private void copyOut(List<String> options, List<String> credentials, String ref, Path layout, String tag) {
        List<String> arguments = new java.util.ArrayList<>(List.of("copy", "--src-tls-verify=false"));
        arguments.addAll(options);
        arguments.addAll(credentials);
        arguments.addAll(List.of("docker://" + ref, "oci:" + layout + ":" + tag));
        skopeo(arguments.toArray(String[]::new));
    }

    /** Every blob GETs from the registry as the layout written here holds it. */
    private void assertBlobsServed(String name, Path layout, List<String> blobs) throws IOException {
        for (String blob : blobs) {
            assertArrayEquals(Layout.read(layout, blob), api.get("v2/" + name + "/blobs/" + blob).expect(200).body(),
                    blob);
        }
    }

    /**
     * A layout skopeo wrote: its index.json points at {@code top}, and {@code top} and the blobs are there as the
     * original layout holds them.
     */
    private static void assertCopyHolds(Path copy, Path original, String top, List<String> blobs) throws IOException {
        JsonObject index;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(
                Files.newBufferedReader(copy.resolve("index.json")))) {
            index = reader.readObject();
        }
        assertEquals(top, index.getJsonArray("manifests").getJsonObject(0).getString("digest"), copy.toString());
        for (String blob : java.util.stream.Stream.concat(java.util.stream.Stream.of(top), blobs.stream()).toList()) {
            assertArrayEquals(Layout.read(original, blob), Layout.read(copy, blob), copy + ": " + blob);
        }
    }

    private Tools.Result skopeo(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("skopeo", "--insecure-policy"));
        command.addAll(List.of(arguments));
        // skopeo keeps credentials and temporary blobs under HOME and TMPDIR: both under target/, not the user's
        Path home = Tools.targetDir().resolve("skopeo/home");
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Tools.run(TIMEOUT, Map.of("HOME", home.toString(), "TMPDIR", home.toString()),
                command.toArray(String[]::new)).orFail();
    }

    private String collection(String prefix) {
        String collection = Names.unique(prefix);
        new LibraryPush(api, TestUser.ALICE.pushToken()).collection(TestUser.ALICE.username(), collection, false);
        return collection;
    }

    private static String ref(String name, String tag) {
        return Api.BASE.getAuthority() + "/" + name + ":" + tag;
    }

    /** An OCI image layout directory with one image: a config and two gzip'd tar layers, each of one file. */
    private record Layout(Path dir, String manifestDigest, List<String> layers, String configDigest) {

        static Layout write(Path dir, String tag) throws IOException {
            Layout image = image(dir, "amd64");
            pointAt(dir, OCI_MANIFEST, image.manifestDigest(), tag);
            return image;
        }

        /**
         * The blobs of one linux image, without index.json, so that an image index can list several in one layout;
         * the layers' content is unique, so no two images share a layer.
         */
        static Layout image(Path dir, String architecture) throws IOException {
            Files.createDirectories(dir.resolve("blobs/sha256"));
            byte[] firstTar = tar("hello.txt", Names.unique("hello from skopeo on " + architecture + " ")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] secondTar = tar("etc/motd", Names.unique("a second layer ").repeat(20)
                    .getBytes(StandardCharsets.UTF_8));
            String first = blob(dir, gzip(firstTar));
            String second = blob(dir, gzip(secondTar));
            byte[] config = ("{\"architecture\":\"" + architecture + "\",\"os\":\"linux\",\"config\":{\"Cmd\":"
                    + "[\"/bin/sh\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + Api.sha256(firstTar)
                    + "\",\"sha256:" + Api.sha256(secondTar) + "\"]}}").getBytes(StandardCharsets.UTF_8);
            String configDigest = blob(dir, config);
            byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + OCI_MANIFEST + "\",\"config\":"
                    + descriptor(dir, "application/vnd.oci.image.config.v1+json", configDigest, "") + ",\"layers\":["
                    + layer(dir, first) + "," + layer(dir, second) + "]}").getBytes(StandardCharsets.UTF_8);
            return new Layout(dir, blob(dir, manifest), List.of(first, second), configDigest);
        }

        /** The config and the layers: what a registry serves under blobs/, the manifest aside. */
        List<String> blobs() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(configDigest), layers.stream()).toList();
        }

        byte[] blob(String digest) throws IOException {
            return read(dir, digest);
        }

        static byte[] read(Path dir, String digest) throws IOException {
            return Files.readAllBytes(path(dir, digest));
        }

        /** Makes {@code dir} an OCI image layout whose index.json points at the blob {@code digest} as {@code tag}. */
        private static void pointAt(Path dir, String mediaType, String digest, String tag) throws IOException {
            Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
            String descriptor = descriptor(dir, mediaType, digest,
                    ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}");
            Files.writeString(dir.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[" + descriptor + "]}");
        }

        private static String layer(Path dir, String digest) throws IOException {
            return descriptor(dir, "application/vnd.oci.image.layer.v1.tar+gzip", digest, "");
        }

        /** {@code extra}: more members for the descriptor, each after a ','; its size is the stored blob's. */
        private static String descriptor(Path dir, String mediaType, String digest, String extra) throws IOException {
            return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + digest + "\",\"size\":"
                    + Files.size(path(dir, digest)) + extra + "}";
        }

        private static Path path(Path dir, String digest) {
            return dir.resolve("blobs/sha256/" + digest.substring("sha256:".length()));
        }

        private static String blob(Path dir, byte[] content) throws IOException {
            String hex = Api.sha256(content);
            Files.write(dir.resolve("blobs/sha256/" + hex), content);
            return "sha256:" + hex;
        }

        private static byte[] gzip(byte[] content) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(content);
            }
            return out.toByteArray();
        }

        /** A ustar archive of one regular file: a 512-byte header, the content padded to 512, two empty blocks. */
        private static byte[] tar(String name, byte[] content) {
            byte[] header = new byte[512];
            put(header, 0, name);
            put(header, 100, "0000644");
            put(header, 108, "0000000");
            put(header, 116, "0000000");
            put(header, 124, String.format("%011o", content.length));
            put(header, 136, String.format("%011o", 1_700_000_000L));
            header[156] = '0';
            put(header, 257, "ustar");
            put(header, 263, "00");
            java.util.Arrays.fill(header, 148, 156, (byte) ' ');
            int sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            put(header, 148, String.format("%06o", sum));
            header[154] = 0;
            int padded = (content.length + 511) / 512 * 512;
            byte[] tar = new byte[512 + padded + 1024];
            System.arraycopy(header, 0, tar, 0, 512);
            System.arraycopy(content, 0, tar, 512, content.length);
            return tar;
        }

        private static void put(byte[] header, int offset, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(bytes, 0, header, offset, bytes.length);
        }
    }

    /**
     * An OCI image layout whose index.json points at an image index, itself a blob, listing a linux/amd64 and a
     * linux/arm64 {@link Layout#image image}.
     */
    private record MultiArchLayout(Path dir, String indexDigest, List<Layout> platforms) {

        static MultiArchLayout write(Path dir, String tag) throws IOException {
            List<Layout> platforms = new java.util.ArrayList<>();
            List<String> manifests = new java.util.ArrayList<>();
            for (String architecture : List.of("amd64", "arm64")) {
                Layout platform = Layout.image(dir, architecture);
                platforms.add(platform);
                manifests.add(Layout.descriptor(dir, OCI_MANIFEST, platform.manifestDigest(),
                        ",\"platform\":{\"architecture\":\"" + architecture + "\",\"os\":\"linux\"}"));
            }
            byte[] index = ("{\"schemaVersion\":2,\"mediaType\":\"" + OCI_INDEX + "\",\"manifests\":["
                    + String.join(",", manifests) + "]}").getBytes(StandardCharsets.UTF_8);
            String indexDigest = Layout.blob(dir, index);
            Layout.pointAt(dir, OCI_INDEX, indexDigest, tag);
            return new MultiArchLayout(dir, indexDigest, List.copyOf(platforms));
        }

        /** What must travel with the index: each platform's manifest, config and layers. */
        List<String> blobs() {
            List<String> blobs = new java.util.ArrayList<>();
            for (Layout platform : platforms) {
                blobs.add(platform.manifestDigest());
                blobs.addAll(platform.blobs());
            }
            return blobs;
        }

        byte[] blob(String digest) throws IOException {
            return Layout.read(dir, digest);
        }
    }
}
