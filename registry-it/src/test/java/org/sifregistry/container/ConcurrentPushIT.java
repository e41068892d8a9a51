package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Pushes into one collection at the same moment: each adds rows under the collection and then marks it changed, which
 * on InnoDB deadlocked two of them (a 500 for one client) until a push took the collection's row first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class ConcurrentPushIT {

    private static final int PUSHES = 8;
    private static final String ALICE = TestUser.ALICE.username();

    private final Api api = new Api();
    private final LibraryPush library = new LibraryPush(api, TestUser.ALICE.pushToken());

    @Test
    void tagsPushedIntoOneCollectionAtOnceAllLand() throws Exception {
        String collection = Names.unique("together");
        library.entity(ALICE);
        library.collection(ALICE, collection, false);
        CyclicBarrier tagTogether = new CyclicBarrier(PUSHES);
        ExecutorService pool = Executors.newFixedThreadPool(PUSHES);
        try {
            List<Future<String>> pushes = new ArrayList<>();
            for (int i = 0; i < PUSHES; i++) {
                String container = "tool" + i;
                Path file = Tools.sif(4096, "pushed together " + i);
                pushes.add(pool.submit(() -> {
                    String containerId = library.container(ALICE, collection, container);
                    String imageId = library.image(ALICE, collection, container, containerId,
                            "sha256." + Api.sha256(file)).getString("id");
                    library.upload(imageId, file);
                    tagTogether.await();
                    library.tag(containerId, "v1", imageId);
                    return Api.sha256(file);
                }));
            }
            for (int i = 0; i < PUSHES; i++) {
                String sha256 = pushes.get(i).get();
                assertEquals("sha256." + sha256, api.get("api/container/" + collection + "/tool" + i + ":v1").expect(200)
                        .json().getString("version"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
