package org.sifregistry.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.GoneException;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.share.application.NewShareLink;
import org.sifregistry.share.application.ShareLinkSummary;
import org.sifregistry.share.application.ShareService;
import org.sifregistry.share.domain.ShareLinkNotFoundException;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.TestClock;

@ExtendWith(ArquillianExtension.class)
class ShareServiceIT {

    /** Years back, where only this class's purge test makes links expire, so that what it purges is its own. */
    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("share-service-it", ShareServiceIT.class, TestClock.class);
    }

    @EJB
    private ShareService shares;

    @Inject
    private Fixtures fixtures;

    @Inject
    private TestClock clock;

    /** Each test starts at the present, wherever the one before left the clock. */
    @BeforeEach
    void clockAtThePresent() {
        clock.set(Instant.now());
    }

    @Test
    void aLiveLinkResolvesToItsContainerEvenWhenPrivate() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, true);
        ContainerRef ref = fixtures.container(collection, "shared:latest", owner).ref();

        NewShareLink created = shares.create(ref, clock.instant().plus(Duration.ofDays(1)), owner);

        assertEquals(43, created.token().length(), "256 random bits, base64url");
        assertEquals(ref, shares.resolve(created.token()).ref());
    }

    @Test
    void tokensAreUniqueAndStoredOnlyAsHashes() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, false), "twice:latest", owner).ref();
        Instant expiry = clock.instant().plus(Duration.ofHours(1));

        NewShareLink one = shares.create(ref, expiry, owner);
        NewShareLink two = shares.create(ref, expiry, owner);

        assertNotEquals(one.token(), two.token());
        assertEquals(2, shares.count(ref, owner));
        assertEquals(2, shares.list(ref, PageRequest.first(10), owner).size());
    }

    @Test
    void linksAreListedToOwnersNewestFirstWithTheirState() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, false), "listed:latest", owner).ref();
        NewShareLink older = shares.create(ref, clock.instant().plus(Duration.ofDays(1)), owner);
        clock.advance(Duration.ofMinutes(1));
        NewShareLink newer = shares.create(ref, clock.instant().plus(Duration.ofDays(7)), owner);
        shares.revoke(older.link().id(), owner);

        List<ShareLinkSummary> links = shares.list(ref, PageRequest.first(10), owner);

        assertEquals(List.of(newer.link().id(), older.link().id()), links.stream().map(ShareLinkSummary::id).toList());
        assertTrue(links.get(0).usable());
        assertEquals(owner.username(), links.get(0).createdBy());
        assertFalse(links.get(1).usable());
        assertNotNull(links.get(1).revokedAt());
        assertThrows(AccessDeniedException.class, () -> shares.list(ref, PageRequest.first(10), Fixtures.user()));
        assertThrows(AccessDeniedException.class, () -> shares.count(ref, Fixtures.user()));
    }

    @Test
    void anExpiredLinkIsRefused() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, false), "brief:latest", owner).ref();
        Instant expiry = clock.instant().plus(Duration.ofHours(1));
        NewShareLink link = shares.create(ref, expiry, owner);
        assertEquals(ref, shares.resolve(link.token()).ref());

        // A second on: the database may round the expiry it keeps to its precision, up to whole seconds
        clock.set(expiry.plusSeconds(1));

        GoneException gone = assertThrows(GoneException.class, () -> shares.resolve(link.token()));
        assertTrue(gone.getMessage().contains("expired"));
    }

    @Test
    void aRevokedLinkIsRefusedAndOnlyOwnersRevoke() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, false), "revoked:latest", owner).ref();
        NewShareLink link = shares.create(ref, clock.instant().plus(Duration.ofDays(1)), owner);

        assertThrows(AccessDeniedException.class, () -> shares.revoke(link.link().id(), Fixtures.user()));
        shares.revoke(link.link().id(), owner);

        GoneException gone = assertThrows(GoneException.class, () -> shares.resolve(link.token()));
        assertTrue(gone.getMessage().contains("revoked"));
    }

    @Test
    void unknownTokensAreNotFound() {
        assertThrows(ShareLinkNotFoundException.class, () -> shares.resolve("not-a-token"));
        assertThrows(ShareLinkNotFoundException.class, () -> shares.resolve(null));
    }

    @Test
    void expiryMustBeInTheFutureAndWithinTheLimit() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, false), "limits:latest", owner).ref();

        assertThrows(InvalidInputException.class, () -> shares.create(ref, clock.instant().minusSeconds(1), owner));
        assertThrows(InvalidInputException.class, () -> shares.create(ref,
                clock.instant().plus(ShareService.MAX_LIFETIME).plus(Duration.ofDays(1)), owner));
    }

    @Test
    void onlyOwnersShare() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, false), "mine:latest", owner).ref();

        assertThrows(AccessDeniedException.class,
                () -> shares.create(ref, clock.instant().plusSeconds(60), Fixtures.user()));
    }

    @Test
    void purgeDeletesLinksExpiredBeforeTheCutoff() {
        Caller owner = Fixtures.user();
        ContainerRef ref = fixtures.container(fixtures.collection(owner, false), "purged:latest", owner).ref();
        clock.set(LONG_AGO);
        NewShareLink old = shares.create(ref, LONG_AGO.plus(Duration.ofHours(1)), owner);
        NewShareLink live = shares.create(ref, LONG_AGO.plus(Duration.ofDays(1)), owner);
        clock.advance(Duration.ofHours(2));

        assertEquals(1, shares.purgeExpiredBefore(clock.instant()));

        assertThrows(ShareLinkNotFoundException.class, () -> shares.resolve(old.token()));
        assertEquals(ref, shares.resolve(live.token()).ref());
    }
}
