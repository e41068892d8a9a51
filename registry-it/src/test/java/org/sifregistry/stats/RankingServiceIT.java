package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.star.application.StarService;
import org.sifregistry.storage.StoredImage;
import org.sifregistry.stats.application.DailyCount;
import org.sifregistry.stats.application.RankedCollection;
import org.sifregistry.stats.application.RankingService;
import org.sifregistry.stats.domain.CollectionSize;
import org.sifregistry.stats.domain.SizeTotals;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

/**
 * Sizes, stars and downloads ranked among what the caller may see. Each test names its collections with a prefix of
 * its own and narrows every figure to it, so what other tests left in the database does not count.
 */
@ExtendWith(ArquillianExtension.class)
class RankingServiceIT {

    private static final PageRequest ALL = PageRequest.first(50);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("ranking-service-it", RankingServiceIT.class);
    }

    @EJB
    private RankingService rankings;

    @EJB
    private StarService stars;

    @EJB
    private ContainerService containers;

    @EJB
    private ArtifactService artifacts;

    @EJB
    private CollectionService collectionService;

    @Inject
    private Fixtures fixtures;

    @Test
    void sumsTheBytesOfEachCollectionAndRanksTheLargestContainers() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("sizes");
        CollectionName small = fixtures.collection(prefix + "-small", owner, false);
        CollectionName large = fixtures.collection(prefix + "-large", owner, false);
        push(small, "a:v1", owner, 100);
        push(large, "b:v1", owner, 1000);
        push(large, "c:v1", owner, 300);
        Caller visitor = Caller.anonymous();

        assertEquals(List.of(new CollectionSize(large.value(), false, 2, 1300), new CollectionSize(small.value(), false, 1, 100)),
                rankings.collectionSizes(prefix, ALL, visitor), "the largest first");
        assertEquals(2, rankings.countCollectionSizes(prefix, visitor));
        assertEquals(new SizeTotals(3, 1400), rankings.sizeTotals(prefix, visitor));
        assertEquals(1300, rankings.largestCollectionBytes(prefix, visitor));
        assertEquals(List.of(large + "/b:v1", large + "/c:v1", small + "/a:v1"),
                refs(rankings.largestContainers(prefix, ALL, visitor)));
        assertEquals(List.of(large + "/c:v1"), refs(rankings.largestContainers(prefix, new PageRequest(1, 1), visitor)),
                "paged");
        assertEquals(3, rankings.countContainers(prefix, visitor));
    }

    @Test
    void countsTheOciBlobsLinkedInACollectionInItsSize() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("blobs");
        CollectionName mixed = fixtures.collection(prefix + "-mixed", owner, false);
        CollectionName ociOnly = fixtures.collection(prefix + "-oci", owner, false);
        CollectionName hidden = fixtures.collection(prefix + "-hidden", owner, true);
        push(mixed, "sif:v1", owner, 100);
        fixtures.blob(mixed, new ContainerName("app"), content(400), owner);
        String layer = content(1000);
        fixtures.blob(ociOnly, new ContainerName("app"), layer, owner);
        fixtures.blob(ociOnly, new ContainerName("tool"), layer, owner);
        fixtures.blob(hidden, new ContainerName("app"), content(5000), owner);
        Caller visitor = Caller.anonymous();

        assertEquals(List.of(new CollectionSize(ociOnly.value(), false, 0, 2000),
                        new CollectionSize(mixed.value(), false, 1, 500)),
                rankings.collectionSizes(prefix, ALL, visitor),
                "a blob linked in two repositories counts in each, as an image under two tags does");
        assertEquals(2, rankings.countCollectionSizes(prefix, visitor), "a collection of OCI content only counts");
        assertEquals(new SizeTotals(1, 2500), rankings.sizeTotals(prefix, visitor));
        assertEquals(2000, rankings.largestCollectionBytes(prefix, visitor));
        assertEquals(new SizeTotals(1, 7500), rankings.sizeTotals(prefix, owner), "the owner sees the private one");
        assertEquals(5000, rankings.largestCollectionBytes(prefix, owner));
    }

    @Test
    void aCollectionsSizeFollowsTagsMovedContainersDeletedAndBlobsUnlinked() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("kept");
        CollectionName collection = fixtures.collection(prefix, owner, false);
        Caller visitor = Caller.anonymous();
        push(collection, "app:v1", owner, 100);
        push(collection, "app:v2", owner, 200);
        StoredImage layer = fixtures.blob(collection, new ContainerName("oci"), content(1000), owner);
        assertEquals(List.of(new CollectionSize(collection.value(), false, 2, 1300)),
                rankings.collectionSizes(prefix, ALL, visitor));

        push(collection, "app:v1", owner, 400);
        assertEquals(new SizeTotals(2, 1600), rankings.sizeTotals(prefix, visitor), "a tag moved to a larger image");
        containers.delete(ContainerRef.parse(collection + "/app:v2"), owner);
        assertEquals(new SizeTotals(1, 1400), rankings.sizeTotals(prefix, visitor), "a container deleted");
        assertEquals(1, rankings.countContainers(prefix, visitor));
        artifacts.deleteBlob(collection, new ContainerName("oci"), layer.digest(), owner);
        assertEquals(List.of(new CollectionSize(collection.value(), false, 1, 400)),
                rankings.collectionSizes(prefix, ALL, visitor), "a blob unlinked");
        containers.delete(ContainerRef.parse(collection + "/app:v1"), owner);
        assertTrue(rankings.collectionSizes(prefix, ALL, visitor).isEmpty(), "nothing held, nothing ranked");
        assertEquals(new SizeTotals(0, 0), rankings.sizeTotals(prefix, visitor));
    }

    @Test
    void ranksCollectionsByStars() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("stars");
        CollectionName favourite = fixtures.collection(prefix + "-favourite", owner, false);
        CollectionName liked = fixtures.collection(prefix + "-liked", owner, false);
        fixtures.collection(prefix + "-unstarred", owner, false);
        fixtures.container(favourite, "one:v1", owner);
        stars.star(favourite, Fixtures.user());
        stars.star(favourite, Fixtures.user());
        stars.star(liked, Fixtures.user());

        List<RankedCollection> ranked = rankings.mostStarred(prefix, ALL, Caller.anonymous());

        assertEquals(List.of(new RankedCollection(favourite.value(), false, 1, 2, 0),
                new RankedCollection(liked.value(), false, 0, 1, 0)), ranked, "unstarred collections are not ranked");
        assertEquals(2, rankings.countStarred(prefix, Caller.anonymous()));
    }

    @Test
    void ranksContainersAndCollectionsByDownloadsAndCountsPullsPerDay() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("pulls");
        CollectionName popular = fixtures.collection(prefix + "-popular", owner, false);
        CollectionName quiet = fixtures.collection(prefix + "-quiet", owner, false);
        Container top = fixtures.container(popular, "top:v1", owner);
        Container second = fixtures.container(quiet, "second:v1", owner);
        fixtures.container(quiet, "never:v1", owner);
        Instant now = Instant.now();
        fixtures.pulls(top, 5, now);
        fixtures.pulls(top, 2, now.minus(Duration.ofDays(3)));
        fixtures.pulls(second, 3, now);
        Caller visitor = Caller.anonymous();

        List<ContainerListing> containers = rankings.mostPulledContainers(prefix, ALL, visitor);
        assertEquals(List.of(top.ref(), second.ref()), containers.stream().map(ContainerListing::ref).toList(),
                "never pulled containers are not ranked");
        assertEquals(7, containers.get(0).downloadCount());
        assertEquals(2, rankings.countPulledContainers(prefix, visitor));
        assertEquals(List.of(new RankedCollection(popular.value(), false, 1, 0, 7),
                new RankedCollection(quiet.value(), false, 2, 0, 3)), rankings.mostPulledCollections(prefix, ALL, visitor));
        assertEquals(2, rankings.countPulledCollections(prefix, visitor));

        List<DailyCount> days = rankings.pullsPerDay(30, prefix, visitor);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        assertEquals(30, days.size(), "every day, also those without pulls");
        assertEquals(today, days.get(29).day());
        assertEquals(Map.of(today, 8L, today.minusDays(3), 2L), pulled(days));
        assertEquals(Map.of(today, 8L), pulled(rankings.pullsPerDay(2, prefix, visitor)), "the period is kept to");
    }

    @Test
    void theCountOfPulledContainersFollowsFirstPullsAndDeletions() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("pulled");
        CollectionName collection = fixtures.collection(prefix, owner, false);
        Container first = fixtures.container(collection, "first:v1", owner);
        Container second = fixtures.container(collection, "second:v1", owner);
        fixtures.container(collection, "never:v1", owner);
        Caller visitor = Caller.anonymous();
        assertEquals(0, rankings.countPulledContainers(prefix, visitor));

        fixtures.pulls(first, 2, Instant.now());
        assertEquals(1, rankings.countPulledContainers(prefix, visitor), "a container's first pulls");
        fixtures.pulls(first, 1, Instant.now());
        fixtures.pulls(second, 1, Instant.now());
        assertEquals(2, rankings.countPulledContainers(prefix, visitor), "a pulled container counts once");
        containers.delete(ContainerRef.parse(collection + "/never:v1"), owner);
        assertEquals(2, rankings.countPulledContainers(prefix, visitor), "a container never pulled deleted");
        containers.delete(first.ref(), owner);
        assertEquals(1, rankings.countPulledContainers(prefix, visitor), "a pulled container deleted");
        assertEquals(rankings.mostPulledContainers(prefix, ALL, visitor).size(),
                rankings.countPulledContainers(prefix, visitor), "the pager's count is the ranking's length");
    }

    /**
     * Unsearched, the chart reads the public pulls kept per day: on a day of its own, long ago, so that pulls other
     * tests count meanwhile do not change the figures.
     */
    @Test
    void theUnsearchedChartFollowsPullsPrivacyAndDeletedCollections() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("chart");
        CollectionName open = fixtures.collection(prefix + "-open", owner, false);
        CollectionName closed = fixtures.collection(prefix + "-closed", owner, true);
        Container opened = fixtures.container(open, "a:v1", owner);
        Container hidden = fixtures.container(closed, "b:v1", owner);
        Instant then = Instant.now().minus(Duration.ofDays(250));
        LocalDate day = LocalDate.ofInstant(then, ZoneOffset.UTC);
        Caller visitor = Caller.anonymous();
        long before = pullsOn(day, visitor);

        fixtures.pulls(opened, 3, then);
        fixtures.pulls(hidden, 5, then);
        assertEquals(before + 3, pullsOn(day, visitor), "a visitor counts the public collection's pulls");
        assertEquals(before + 8, pullsOn(day, owner), "its owner the private one's too");
        collectionService.describe(closed, "", false, owner);
        assertEquals(before + 8, pullsOn(day, visitor), "made public, its pulls count for everyone");
        collectionService.describe(open, "", true, owner);
        assertEquals(before + 5, pullsOn(day, visitor), "made private, its pulls count only for who may see it");
        assertEquals(before + 8, pullsOn(day, owner));
        collectionService.delete(closed, owner);
        assertEquals(before, pullsOn(day, visitor), "deleted, its pulls leave the chart");
        assertEquals(before + 3, pullsOn(day, owner));
        fixtures.pulls(opened, 2, then);
        assertEquals(before, pullsOn(day, visitor), "pulls in a private collection");
        assertEquals(before + 5, pullsOn(day, owner));
    }

    @Test
    void aPrivateCollectionsSizesStarsAndDownloadsCountOnlyForItsOwnerAndAdmins() {
        Caller owner = Fixtures.user();
        String prefix = Fixtures.unique("hidden");
        CollectionName hidden = fixtures.collection(prefix, owner, true);
        Container container = push(hidden, "secret:v1", owner, 50);
        stars.star(hidden, owner);
        fixtures.pulls(container, 4, Instant.now());

        for (Caller outsider : List.of(Caller.anonymous(), Fixtures.user())) {
            String who = outsider.isAnonymous() ? "anonymous" : "another user";
            assertTrue(rankings.collectionSizes(prefix, ALL, outsider).isEmpty(), who);
            assertEquals(new SizeTotals(0, 0), rankings.sizeTotals(prefix, outsider), who);
            assertEquals(0, rankings.largestCollectionBytes(prefix, outsider), who);
            assertTrue(rankings.largestContainers(prefix, ALL, outsider).isEmpty(), who);
            assertTrue(rankings.mostStarred(prefix, ALL, outsider).isEmpty(), who);
            assertEquals(0, rankings.countStarred(prefix, outsider), who);
            assertTrue(rankings.mostPulledContainers(prefix, ALL, outsider).isEmpty(), who);
            assertTrue(rankings.mostPulledCollections(prefix, ALL, outsider).isEmpty(), who);
            assertEquals(Map.of(), pulled(rankings.pullsPerDay(30, prefix, outsider)), who);
        }
        for (Caller insider : List.of(owner, Caller.admin(Fixtures.unique("admin")))) {
            assertEquals(List.of(new CollectionSize(hidden.value(), true, 1, 50)),
                    rankings.collectionSizes(prefix, ALL, insider));
            assertEquals(List.of(new RankedCollection(hidden.value(), true, 1, 1, 4)),
                    rankings.mostStarred(prefix, ALL, insider));
            assertEquals(List.of(container.ref()),
                    rankings.mostPulledContainers(prefix, ALL, insider).stream().map(ContainerListing::ref).toList());
            assertEquals(4L, rankings.pullsPerDay(1, prefix, insider).get(0).downloads());
        }
    }

    @Test
    void aPeriodIsOneDayToAboutAYear() {
        assertThrows(InvalidInputException.class, () -> rankings.pullsPerDay(0, "", Caller.anonymous()));
        assertThrows(InvalidInputException.class,
                () -> rankings.pullsPerDay(RankingService.MAX_DAYS + 1, "", Caller.anonymous()));
    }

    /** A container whose image is {@code bytes} long. */
    private Container push(CollectionName collection, String nameAndTag, Caller owner, int bytes) {
        byte[] image = content(bytes).getBytes(StandardCharsets.UTF_8);
        return fixtures.container(collection, nameAndTag, owner, image);
    }

    /** Distinct content of {@code bytes} bytes that is no SIF. */
    private static String content(int bytes) {
        return Fixtures.unique("x").repeat(bytes).substring(0, bytes);
    }

    private static List<String> refs(List<ContainerListing> listings) {
        return listings.stream().map(l -> l.ref().toString()).toList();
    }

    private long pullsOn(LocalDate day, Caller caller) {
        return rankings.pullsPerDay(RankingService.MAX_DAYS, "", caller).stream()
                .filter(d -> d.day().equals(day)).findFirst().orElseThrow().downloads();
    }

    private static Map<LocalDate, Long> pulled(List<DailyCount> days) {
        return days.stream().filter(d -> d.downloads() > 0)
                .collect(Collectors.toMap(DailyCount::day, DailyCount::downloads));
    }
}
