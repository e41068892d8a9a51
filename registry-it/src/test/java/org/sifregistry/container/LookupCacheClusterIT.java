package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sifregistry.testing.TestUser.ALICE;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Cluster.Node;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Tools;

/**
 * On the two-node cluster of {@code ./cluster.sh}: each node keeps lookups and verified tokens in memory, and forgets
 * them within a second of a write on the other node (issue 21: "the lookup cache on node 2 forgets an answer within a
 * second of a write on node 1").
 */
class LookupCacheClusterIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    /** Enough lookups that the last ones are answered from what node 2 keeps. */
    private static final int LOOKUPS = 3;

    private final Api node1 = new Api(Node.NODE1.base());
    private final Api node2 = new Api(Node.NODE2.base());
    private final List<Path> madeFiles = new ArrayList<>();

    @AfterEach
    void removeFiles() {
        Tools.deleteQuietly(madeFiles.toArray(Path[]::new));
    }

    @Test
    void aTagMovedOnOneNodeShowsOnTheOtherWithinASecond() {
        String collection = Names.unique("moved");
        Path first = made(Tools.sif(4 << 10, "first"));
        Path second = made(Tools.sif(4 << 10, "second"));
        new LibraryPush(node1, ALICE.pushToken()).push(first, ALICE.username(), collection, "img", "latest");
        String lookup = "v1/images/" + ALICE + "/" + collection + "/img:latest";
        for (int i = 0; i < LOOKUPS; i++) {
            assertEquals("sha256." + Api.sha256(first), hash(node2.get(lookup).expect(200).data()));
        }

        new LibraryPush(node1, ALICE.pushToken()).push(second, ALICE.username(), collection, "img", "latest");

        Eventually.await(WITHIN, () -> hash(node2.get(lookup).expect(200).data()),
                ("sha256." + Api.sha256(second))::equals, "node 2 shows the tag moved on node 1");
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedByTheOtherWithinASecond() {
        JsonObject token = node1.send(node1.at("api/tokens").header("Authorization", ALICE.basicAuthorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.object().add("name", Names.unique("it"))
                        .add("scope", "pull").addNull("expiresAt").build().toString())))
                .expect(201).json();
        String secret = token.getString("secret");
        for (int i = 0; i < LOOKUPS; i++) {
            node2.get("v1/token-status", secret).expect(200);
        }

        node1.send(node1.at("api/tokens/" + token.getJsonNumber("id").longValue())
                .header("Authorization", ALICE.basicAuthorization()).DELETE()).expect(204);

        Eventually.await(WITHIN, () -> node2.get("v1/token-status", secret).status(), status -> status == 401,
                "node 2 refuses the token revoked on node 1");
    }

    private static String hash(JsonObject image) {
        return image.getString("hash");
    }

    private Path made(Path file) {
        madeFiles.add(file);
        return file;
    }
}
