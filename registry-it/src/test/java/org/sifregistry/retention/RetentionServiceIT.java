package org.sifregistry.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
import org.sifregistry.collection.domain.RetentionPolicy;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.mail.Mail;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerNotFoundException;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.retention.application.RetentionPlan;
import org.sifregistry.retention.application.RetentionService;
import org.sifregistry.retention.domain.RetentionCandidate;
import org.sifregistry.retention.domain.RetentionRule;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.TestClock;
import org.sifregistry.user.application.UserService;

/**
 * Each retention rule on a collection seeded at known times, with the registry's clock where the test puts it: the
 * dry run lists what is due, the run deletes exactly that list, frozen tags and protected collections stay, and what
 * goes soon is listed ahead. The clock starts years back, before the images of other tests: a run here deletes only
 * what this class seeded (the rules of other classes let nothing go that long ago), and what it seeds is never the
 * newest of the registry for other tests.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionServiceIT {

    private static final Caller ADMIN = Caller.admin("root");
    private static final Instant LONG_AGO = Instant.parse("2003-03-03T00:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("retention-service-it", RetentionServiceIT.class, TestClock.class);
    }

    @EJB
    private RetentionService retention;

    @EJB
    private ContainerService containers;

    @EJB
    private SettingsService settings;

    @EJB
    private UserService users;

    @Inject
    private Fixtures fixtures;

    @Inject
    private TestClock clock;

    @BeforeEach
    void clockYearsBack() {
        clock.set(LONG_AGO);
    }

    @Test
    void theLastTagsOfEachContainerStayAndTheRunDeletesExactlyWhatTheDryRunListed() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, true);
        Container v1 = pushedInAnHour(collection, "tool:v1", owner);
        Container v2 = pushedInAnHour(collection, "tool:v2", owner);
        pushedInAnHour(collection, "tool:v3", owner);
        pushedInAnHour(collection, "tool:v4", owner);
        pushedInAnHour(collection, "other:v1", owner);
        clock.advance(Duration.ofHours(1));
        containers.freeze(v1.ref(), true, owner);
        retention.set(collection, new RetentionPolicy(2, null, null), false, owner);

        RetentionPlan dryRun = retention.dryRun(owner);
        RetentionPlan all = retention.dryRun(ADMIN);
        RetentionPlan run = retention.run(ADMIN);

        assertEquals(List.of(collection + "/tool:v2"), refs(dryRun), "v1 is frozen, and stays on top of the last two");
        assertEquals(RetentionRule.KEEP_LAST_TAGS, dryRun.items().get(0).rule());
        assertEquals(v2.size(), dryRun.bytes());
        assertEquals(all, run);
        assertEquals(List.of("tool:v1", "tool:v3", "tool:v4", "other:v1"),
                tagsOf(collection, owner, "tool:v1", "tool:v2", "tool:v3", "tool:v4", "other:v1"));
        assertEquals(List.of(), retention.dryRun(owner).items(), "nothing more is due");
    }

    @Test
    void aRunLongerThanOneTransactionsChunkDeletesAllItListed() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        for (int tag = 0; tag <= RetentionService.CHUNK + 1; tag++) {
            pushedInAnHour(collection, "many:v" + tag, owner);
        }
        retention.set(collection, new RetentionPolicy(1, null, null), false, owner);

        RetentionPlan listed = retention.dryRun(owner);
        retention.run(ADMIN);

        assertEquals(RetentionService.CHUNK + 1, listed.items().size());
        assertEquals(List.of(), retention.dryRun(owner).items(), "all of it went");
        assertEquals(List.of("many:v" + (RetentionService.CHUNK + 1)), tagsOf(collection, owner,
                "many:v0", "many:v" + RetentionService.CHUNK, "many:v" + (RetentionService.CHUNK + 1)));
    }

    @Test
    void aTagNotPulledForTheDaysIsListedAheadThenDeletedWhileAPulledOneStays() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container pulled = fixtures.container(collection, "pulled:v1", owner);
        Container idle = fixtures.container(collection, "idle:v1", owner);
        fixtures.pulls(pulled, 1, LONG_AGO.plus(Duration.ofDays(20)));
        retention.set(collection, new RetentionPolicy(null, 30, null), false, owner);

        clock.set(LONG_AGO.plus(Duration.ofDays(25)));
        RetentionPlan soon = retention.upcoming(Duration.ofDays(7), owner);
        RetentionPlan dueNow = retention.dryRun(owner);
        clock.set(LONG_AGO.plus(Duration.ofDays(31)));
        RetentionPlan due = retention.dryRun(ADMIN);
        RetentionPlan run = retention.run(ADMIN);

        assertEquals(List.of(collection + "/idle:v1"), refs(soon), "told a week ahead");
        assertEquals(LONG_AGO.plus(Duration.ofDays(30)), soon.items().get(0).dueAt());
        assertEquals(List.of(), dueNow.items());
        assertEquals(due, run);
        assertTrue(refs(run).contains(collection + "/idle:v1"), refs(run).toString());
        assertEquals(List.of("pulled:v1"), tagsOf(collection, owner, "pulled:v1", "idle:v1"));
    }

    @Test
    void anImageNoTagHasExpiresAfterTheDays() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, true);
        Container first = fixtures.container(collection, "tool:latest", owner);
        clock.advance(Duration.ofDays(1));
        fixtures.container(collection, "tool:latest", owner);
        retention.set(collection, new RetentionPolicy(null, null, 2), false, owner);

        clock.set(LONG_AGO.plus(Duration.ofDays(2)).plusSeconds(1));
        RetentionPlan due = retention.dryRun(owner);

        assertEquals(1, due.items().size(), due.toString());
        RetentionCandidate image = due.items().get(0);
        assertEquals(RetentionRule.UNTAGGED, image.rule());
        assertEquals(first.version(), image.version());
        assertEquals(collection + "/tool@" + first.version(), image.ref());
        assertTrue(retention.run(ADMIN).items().contains(image));
        assertEquals(List.of(), retention.dryRun(owner).items());
    }

    @Test
    void aProtectedCollectionKeepsEverything() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, true);
        pushedInAnHour(collection, "tool:v1", owner);
        pushedInAnHour(collection, "tool:v2", owner);
        retention.set(collection, new RetentionPolicy(1, 1, 1), true, owner);
        clock.advance(Duration.ofDays(30));

        assertEquals(List.of(), retention.dryRun(owner).items());
        retention.run(ADMIN);
        assertEquals(List.of("tool:v1", "tool:v2"), tagsOf(collection, owner, "tool:v1", "tool:v2"));
        assertTrue(retention.settingsOf(collection, owner).protectedCollection());
    }

    /**
     * The notice period is seven days (REGISTRY_RETENTION_NOTICE_DAYS' default): the owner is e-mailed on the night
     * the tag comes within it, once, and never about another's collection. The e-mails are what the nightly job
     * sends; that they reach an SMTP server is LdapMailIT's.
     */
    @Test
    void ownersAreEMailedOnceWhenTheirImagesComeWithinTheNoticePeriod() {
        Caller owner = Fixtures.user();
        users.signedIn(owner, "Olga Owner", owner.username() + "@example.org");
        CollectionName collection = fixtures.collection(owner, false);
        fixtures.container(collection, "idle:v1", owner);
        retention.set(collection, new RetentionPolicy(null, 30, null), false, owner);
        Caller other = Fixtures.user();
        users.signedIn(other, "Otto Other", other.username() + "@example.org");

        clock.set(LONG_AGO.plus(Duration.ofDays(23)).plusSeconds(1));
        List<Mail> told = retention.mailNotices();
        clock.advance(Duration.ofDays(1));
        List<Mail> nextNight = retention.mailNotices();

        List<Mail> toOwner = told.stream().filter(m -> m.to().equals(List.of(owner.username() + "@example.org")))
                .toList();
        assertEquals(1, toOwner.size(), told.toString());
        assertEquals("1 image goes in 7 days by retention rules", toOwner.get(0).subject());
        assertTrue(toOwner.get(0).body().contains(collection + "/idle:v1") && toOwner.get(0).body()
                .contains("not pulled, from 2003-04-02 00:00 UTC"), toOwner.get(0).body());
        assertTrue(told.stream().noneMatch(m -> m.to().contains(other.username() + "@example.org")));
        assertTrue(nextNight.stream().noneMatch(m -> m.body().contains(collection + "/idle:v1")), "told once");
    }

    /**
     * Only the owner's dry run is read: while a default is set, it applies to every collection of the registry, and
     * an admin's run would reach those of other classes too.
     */
    @Test
    void collectionsWithoutRulesFollowTheSiteDefaultUnlessProtected() {
        Caller owner = Fixtures.user();
        CollectionName following = fixtures.collection(owner, false);
        CollectionName own = fixtures.collection(owner, false);
        CollectionName kept = fixtures.collection(owner, false);
        fixtures.container(following, "idle:v1", owner);
        fixtures.container(own, "idle:v1", owner);
        fixtures.container(kept, "idle:v1", owner);
        retention.set(own, new RetentionPolicy(null, 60, null), false, owner);
        retention.set(kept, RetentionPolicy.NONE, true, owner);
        try {
            settings.setDefaultRetention(new RetentionPolicy(null, 30, null), ADMIN);
            clock.set(LONG_AGO.plus(Duration.ofDays(31)));

            assertEquals(List.of(following + "/idle:v1"), refs(retention.dryRun(owner)));
            assertTrue(retention.settingsOf(following, owner).followsSiteDefault());
            assertEquals(new RetentionPolicy(null, 30, null), retention.settingsOf(own, owner).siteDefault());
            assertThrows(AccessDeniedException.class,
                    () -> settings.setDefaultRetention(RetentionPolicy.NONE, owner));
        } finally {
            settings.setDefaultRetention(RetentionPolicy.NONE, ADMIN);
        }
        assertEquals(List.of(), retention.dryRun(owner).items(), "no default: no rule for the first");
    }

    @Test
    void onlyOwnersSetRulesOnlyAdminsStartARunAndRulesAreChecked() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);

        assertThrows(AccessDeniedException.class,
                () -> retention.set(collection, new RetentionPolicy(1, null, null), false, Fixtures.user()));
        assertThrows(AccessDeniedException.class, () -> retention.run(owner));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new RetentionPolicy(0, null, null));
        assertEquals("keepLastTags is a whole number from 1 to 10000, or null for no such rule", refused.getMessage());
    }

    private Container pushedInAnHour(CollectionName collection, String nameAndTag, Caller owner) {
        clock.advance(Duration.ofHours(1));
        return fixtures.container(collection, nameAndTag, owner);
    }

    private static List<String> refs(RetentionPlan plan) {
        return plan.items().stream().map(RetentionCandidate::ref).toList();
    }

    /** Which of the tags still exist. */
    private List<String> tagsOf(CollectionName collection, Caller owner, String... nameAndTags) {
        return Arrays.stream(nameAndTags).filter(tag -> exists(ContainerRef.parse(collection + "/" + tag), owner))
                .toList();
    }

    private boolean exists(ContainerRef ref, Caller owner) {
        try {
            containers.get(ref, owner);
            return true;
        } catch (ContainerNotFoundException gone) {
            return false;
        }
    }
}
