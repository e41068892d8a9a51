package org.sifregistry.stats.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.SearchText;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.stats.domain.CollectionSize;
import org.sifregistry.stats.domain.RankingRepository;
import org.sifregistry.stats.domain.SizeTotals;

/**
 * The registry's figures: sizes per collection and the largest containers, collections by stars, containers and
 * collections by downloads, and pulls per day. Private collections count only for those who may see them; every
 * {@code search} narrows the figures to collections whose name contains it.
 */
@Stateless
public class RankingService {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    @Inject
    private RankingRepository rankings;

    @Inject
    private CollectionRepository collections;

    @Inject
    private Clock clock;

    public SizeTotals sizeTotals(String search, Caller caller) {
        return rankings.sizeTotals(SearchText.of(search), caller);
    }

    /** The bytes of the largest collection, against which the sizes page draws the bars of the others. */
    public long largestCollectionBytes(String search, Caller caller) {
        return rankings.collectionSizes(SearchText.of(search), PageRequest.first(1), caller).stream()
                .mapToLong(CollectionSize::bytes).findFirst().orElse(0);
    }

    /** Collections by the bytes they hold (their containers' images and their OCI blobs), the largest first. */
    public List<CollectionSize> collectionSizes(String search, PageRequest page, Caller caller) {
        return rankings.collectionSizes(SearchText.of(search), page, caller);
    }

    public long countCollectionSizes(String search, Caller caller) {
        return rankings.countCollectionsHoldingContent(SearchText.of(search), caller);
    }

    public List<ContainerListing> largestContainers(String search, PageRequest page, Caller caller) {
        return rankings.largestContainers(SearchText.of(search), page, caller);
    }

    public long countContainers(String search, Caller caller) {
        return rankings.countContainers(SearchText.of(search), caller);
    }

    /** Collections starred at least once, the most starred first. */
    public List<RankedCollection> mostStarred(String search, PageRequest page, Caller caller) {
        return ranked(rankings.mostStarredCollections(SearchText.of(search), page, caller));
    }

    public long countStarred(String search, Caller caller) {
        return rankings.countStarredCollections(SearchText.of(search), caller);
    }

    /** Collections pulled from at least once, the most pulled first. */
    public List<RankedCollection> mostPulledCollections(String search, PageRequest page, Caller caller) {
        return ranked(rankings.mostPulledCollections(SearchText.of(search), page, caller));
    }

    public long countPulledCollections(String search, Caller caller) {
        return rankings.countPulledCollections(SearchText.of(search), caller);
    }

    /** Containers pulled at least once, the most pulled first. */
    public List<ContainerListing> mostPulledContainers(String search, PageRequest page, Caller caller) {
        return rankings.mostPulledContainers(SearchText.of(search), page, caller);
    }

    public long countPulledContainers(String search, Caller caller) {
        return rankings.countPulledContainers(SearchText.of(search), caller);
    }

    /** The pulls of each of the last {@code days} days (UTC) up to today, oldest first, days without pulls as 0. */
    public List<DailyCount> pullsPerDay(int days, String search, Caller caller) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", ErrorKey.STATS_DAYS, MAX_DAYS, days);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> pulls = rankings.pullsPerDay(first, today, SearchText.of(search), caller);
        return first.datesUntil(today.plusDays(1))
                .map(day -> new DailyCount(day, pulls.getOrDefault(day, 0L)))
                .toList();
    }

    private static List<RankedCollection> ranked(List<Collection> rows) {
        return rows.stream()
                .map(c -> new RankedCollection(c.name().value(), c.isPrivate(), c.containerCount(), c.starCount(),
                        c.downloadCount()))
                .toList();
    }
}
