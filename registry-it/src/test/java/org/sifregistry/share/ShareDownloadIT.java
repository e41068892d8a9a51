package org.sifregistry.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.domain.Container;
import org.sifregistry.share.application.NewShareLink;
import org.sifregistry.share.application.ShareService;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;

/**
 * Downloads through share links over HTTP, signed out: a live link serves the image; a revoked or unknown one does
 * not.
 */
@ExtendWith(ArquillianExtension.class)
class ShareDownloadIT {

    private final Api api = new Api();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("share-download-it", ShareDownloadIT.class)
                .addClasses(Api.class, Reply.class, Names.class));
    }

    @EJB
    private ShareService shares;

    @Inject
    private Fixtures fixtures;

    @Test
    void aLiveLinkDownloadsThePrivateImageWithoutSigningIn() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, true);
        byte[] image = ("SIF_MAGIC shared " + Fixtures.unique("bytes")).getBytes(StandardCharsets.UTF_8);
        Container container = fixtures.container(collection, "shared:v1", owner, image);
        NewShareLink link = shares.create(container.ref(), Instant.now().plus(Duration.ofDays(1)), owner);

        Reply download = api.send(Api.request(path(link)).GET()).expect(200);
        Reply head = api.send(Api.request(path(link)).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                .expect(200);

        assertArrayEquals(image, download.body());
        assertEquals(Long.toString(image.length), head.header("Content-Length"));
        assertEquals("\"" + container.version() + "\"", download.header("ETag"));
    }

    @Test
    void aRevokedLinkIsGone() {
        Caller owner = Fixtures.user();
        Container container = fixtures.container(fixtures.collection(owner, false), "revoked:v1", owner);
        NewShareLink link = shares.create(container.ref(), Instant.now().plus(Duration.ofDays(1)), owner);
        api.send(Api.request(path(link)).GET()).expect(200);

        shares.revoke(link.link().id(), owner);

        String message = api.send(Api.request(path(link)).GET()).expectError(410);
        assertTrue(message.contains("revoked"), message);
    }

    @Test
    void anUnknownTokenIsNotFound() {
        api.send(Api.request("api/share/" + Fixtures.unique("no-such-token")).GET()).expectError(404);
    }

    private static String path(NewShareLink link) {
        return "api/share/" + link.token();
    }
}
