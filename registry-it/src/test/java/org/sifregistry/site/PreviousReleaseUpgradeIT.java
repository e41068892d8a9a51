package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Hostile;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LogMark;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.PreviousRelease;
import org.sifregistry.testing.PreviousRelease.StoredTag;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * A database and image store made by the release before Flyway owned the schema, on the database of this run (H2 or
 * MariaDB): this release migrates it at its first start, serves every image it held as it was, keeps private what
 * was private, takes new pushes, and starts again without migrating twice. Runs in the restart execution, on the
 * server it starts itself (arquillian.xml, container "restartable"), since the fixture must be in place first.
 */
@RunAsClient
class PreviousReleaseUpgradeIT extends RestartableServerTest {

    @Test
    void migratesTheDatabaseOfThePreviousReleaseAndServesEveryImageItHeld() {
        PreviousRelease.load();
        List<StoredTag> tags = PreviousRelease.tags();
        assertFalse(tags.isEmpty(), "the fixture holds images");
        LogMark firstStart = Hostile.serverLogMark();
        startRegistry();
        try {
            String log = firstStart.appended();
            assertTrue(log.contains("baselined at version 1"), "the earlier release's schema is version 1:\n" + log);
            String root = TestUser.ROOT.newToken("pull");
            for (StoredTag tag : tags) {
                assertServedAsStored(tag, root);
            }
            Path file = Tools.sif(4096, "after the upgrade");
            try {
                new LibraryPush(api, TestUser.ALICE.newToken("push"))
                        .push(file, TestUser.ALICE.username(), Names.unique("upgraded"), "img", "v1");
            } finally {
                Tools.deleteQuietly(file);
            }

            LogMark secondStart = Hostile.serverLogMark();
            stopServer();
            startServer();
            assertTrue(secondStart.appended().contains(": 0 migration(s) applied"), secondStart.appended());
            assertServedAsStored(tags.get(0), root);
        } finally {
            stopRegistry();
        }
    }

    /** As the admin sees it, hidden from anonymous callers if private, and pulled byte for byte over shub. */
    private void assertServedAsStored(StoredTag tag, String root) {
        JsonObject details = api.get("api/browse/containers/" + tag.ref(), root).expect(200).json();
        assertEquals(tag.version(), details.getString("version"), tag.ref());
        assertEquals(tag.size(), details.getJsonNumber("size").longValue(), tag.ref());
        assertEquals(tag.privateCollection(), details.getBoolean("privateCollection"), tag.ref());
        assertTrue(details.getJsonNumber("downloadCount").longValue() >= tag.downloadCount(), tag.ref());
        if (tag.privateCollection()) {
            api.get("api/browse/containers/" + tag.ref()).expectError(404);
        }

        String url = api.get("api/container/" + tag.ref(), root).expect(200).json().getString("image");
        byte[] image = api.get(url).expect(200).body();
        assertEquals(tag.version(), "sha256." + Api.sha256(image), tag.ref() + " pulled");
    }
}
