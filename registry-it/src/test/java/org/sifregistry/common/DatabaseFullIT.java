package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OwnMariaDb;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The database's own disk filling up (issue 24, item 1), on a MariaDB of the test's own ({@link OwnMariaDb}, port
 * it.lostdb.port) whose data lie on a 256 MiB tmpfs: once other files take the space left, writes are refused as
 * the tables cannot grow. Each refused request is answered 507 with a message that says so, never a 500; what it
 * would have written is not there; what was stored still pulls; once room is made, writes work again without a
 * restart. Runs in the MariaDB run's failsafe execution database-loss, on the container "restartable", as root (the
 * mount).
 */
@RunAsClient
class DatabaseFullIT extends RestartableServerTest {

    private static final String ALICE = TestUser.ALICE.username();
    /** More than enough: each new collection adds rows to several tables, whose few free pages go within a few. */
    private static final int MAX_WRITES = 500;

    private final String collection = Names.unique("dbfull");

    @Test
    void aFullDatabaseDiskRefusesWritesWith507KeepsWhatIsStoredAndRecoversWhenRoomIsMade() throws Exception {
        Path stored = Tools.sif(4096, collection + " stored");
        Path later = Tools.sif(4096, collection + " later");
        try (OwnMariaDb database = OwnMariaDb.createOnFileSystemOf(Integer.getInteger("it.lostdb.port"), 256)) {
            startRegistry();
            try {
                String token = TestUser.ALICE.newToken("push");
                LibraryPush library = new LibraryPush(api, token);
                Pushed pushed = library.push(stored, ALICE, collection, "stored", "v1");

                database.fill();
                String refused = null;
                String message = null;
                for (int i = 0; i < MAX_WRITES && refused == null; i++) {
                    String name = collection + "-" + i;
                    Reply reply = api.post("v1/collections", token, Api.object().add("name", name)
                            .add("entity", ALICE).add("private", false).build());
                    if (reply.status() == 507) {
                        refused = name;
                        message = reply.expectError(507);
                    } else {
                        reply.expect(200);
                    }
                }
                assertNotNull(refused, "a write refused within " + MAX_WRITES + " on a full disk");
                assertTrue(message.contains("no room left"), message);
                api.get("v1/collections/" + ALICE + "/" + refused, token).expectError(404);
                assertEquals(Api.sha256(stored), Api.sha256(api.getFollowingRedirects(imageFile(pushed)).expect(200)
                        .body()), "the stored image, pulled while the database is full");

                database.makeRoom();
                Pushed afterwards = library.push(later, ALICE, refused, "later", "v1");
                assertEquals(Api.sha256(later), Api.sha256(api.getFollowingRedirects(imageFile(afterwards))
                        .expect(200).body()), "a push once room was made");
            } finally {
                stopRegistry();
            }
        } finally {
            List.of(stored, later).forEach(Tools::deleteQuietly);
        }
    }

    private static String imageFile(Pushed pushed) {
        return "v1/imagefile/" + pushed.ref() + ":" + pushed.hash() + "?arch=" + LibraryPush.ARCH;
    }
}
