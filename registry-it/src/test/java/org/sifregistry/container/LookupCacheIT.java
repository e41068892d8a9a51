package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Anonymous metadata lookups are answered from memory, and never with what a write has since changed: every
 * lookup here is made again right after the write, with the old answer certainly kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LookupCacheIT {

    private static final String ALICE = TestUser.ALICE.username();
    private static final String ARCH = "?arch=" + LibraryPush.ARCH;

    private final Api api = new Api();
    private final LibraryPush push = new LibraryPush(api, TestUser.ALICE.pushToken());

    @Deployment(testable = false)
    static EnterpriseArchive registry() {
        return Deployments.registryEar();
    }

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
        lookups.forEach(path -> api.get(path).expect(200));

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
        api.get(shub, "sifr_" + "x".repeat(43)).expectError(401);
    }

    /** The shub manifest and the library's image record, as clients ask for them. */
    private static List<String> lookups(Pushed pushed) {
        return List.of("api/container/" + pushed.collection() + "/" + pushed.container() + ":latest",
                "v1/images/" + pushed.ref() + ":latest" + ARCH);
    }

    private String versionOf(String path) {
        var answer = api.get(path).expect(200);
        return path.startsWith("v1/") ? answer.data().getString("hash") : answer.json().getString("version");
    }
}
