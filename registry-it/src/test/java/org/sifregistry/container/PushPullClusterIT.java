package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sifregistry.testing.TestUser.ALICE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Cluster.Node;
import org.sifregistry.testing.LibraryClient;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * On the two-node cluster of {@code ./cluster.sh}: what one node stores, the other serves, byte for byte, with the
 * same access rules; pushes through the real library client, pulls through it and through shub.
 */
class PushPullClusterIT {

    private static final int IMAGES = 50;

    private final List<Path> madeFiles = new ArrayList<>();

    @AfterEach
    void removeFiles() {
        Tools.deleteQuietly(madeFiles.toArray(Path[]::new));
    }

    @Test
    void fiftyImagesPushedThroughEachNodeInTurnPullFromTheOtherByteForByte() {
        String collection = Names.unique("cluster");
        for (int i = 0; i < IMAGES; i++) {
            Node pushedTo = i % 2 == 0 ? Node.NODE1 : Node.NODE2;
            Path file = made(Tools.sif(4 << 10, "cluster " + i));
            String sha256 = Api.sha256(file);
            String ref = ALICE + "/" + collection + "/img" + i;

            Tools.Result pushed = client(pushedTo, ALICE).push(file, ref, "v1");
            assertTrue(pushed.stdout().contains("pushed sha256=" + sha256), pushed.describe());

            Node other = pushedTo.other();
            assertEquals(sha256, libraryPull(client(other, ALICE), ref), "library pull of image " + i + " from " + other);
            assertEquals(sha256, shubPull(other, collection + "/img" + i + ":v1", null),
                    "shub pull of image " + i + " from " + other);
        }
    }

    @Test
    void aPrivateCollectionIsClosedToOthersAndOpenToItsOwnerOnBothNodes() {
        String collection = Names.unique("private");
        Path file = made(Tools.sif(4 << 10, "private"));
        new LibraryPush(new Api(Node.NODE1.base()), ALICE.pushToken()).collection(ALICE.username(), collection, true);
        client(Node.NODE1, ALICE).push(file, ALICE + "/" + collection + "/img", "v1");

        String shub = "api/container/" + collection + "/img:v1";
        for (Node node : Node.values()) {
            Api api = new Api(node.base());
            api.get(shub).expectError(404);
            api.get(shub, TestUser.BOB.pullToken()).expectError(404);
            assertEquals(Api.sha256(file), shubPull(node, collection + "/img:v1", ALICE.pullToken()), node.toString());
            api.get("v1/images/" + ALICE + "/" + collection + "/img:v1", TestUser.BOB.pullToken()).expectError(404);
        }
    }

    @Test
    void aSignedUrlMadeByOneNodeDownloadsFromTheOther() {
        String collection = Names.unique("signed");
        Path file = made(Tools.sif(4 << 10, "signed"));
        client(Node.NODE1, ALICE).push(file, ALICE + "/" + collection + "/img", "v1");

        String image = new Api(Node.NODE1.base()).get("api/container/" + collection + "/img:v1").expect(200).json()
                .getString("image");
        URI signed = URI.create(image);
        URI onNode2 = Node.NODE2.base().resolve(signed.getRawPath() + "?" + signed.getRawQuery());
        Path out = made(Tools.downloadTarget("signed"));
        assertEquals(200, new Api(Node.NODE2.base()).download(onNode2.toString(), out).statusCode());
        assertEquals(Api.sha256(file), Api.sha256(out));
    }

    private static LibraryClient client(Node node, TestUser user) {
        return new LibraryClient(node.base(), user.pushToken());
    }

    private String libraryPull(LibraryClient client, String ref) {
        Path out = made(Tools.downloadTarget("pull"));
        Tools.Result pulled = client.pull(ref, "v1", out).orFail();
        String sha256 = Api.sha256(out);
        assertTrue(pulled.stdout().contains("pulled sha256=" + sha256), pulled.describe());
        return sha256;
    }

    /** shub://, as protocols.md §1: the metadata, then its image URL; {@code token} may be null. */
    private String shubPull(Node node, String nameAndTag, String token) {
        Api api = new Api(node.base());
        String image = api.get("api/container/" + nameAndTag, token).expect(200).json().getString("image");
        Path out = made(Tools.downloadTarget("shub"));
        assertEquals(200, api.download(image, out).statusCode(), image);
        return Api.sha256(out);
    }

    private Path made(Path file) {
        madeFiles.add(file);
        return file;
    }

}
