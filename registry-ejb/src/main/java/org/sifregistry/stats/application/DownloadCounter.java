package org.sifregistry.stats.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.collection.domain.Held;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.stats.domain.DailyDownloads;
import org.sifregistry.stats.domain.DownloadEvent;
import org.sifregistry.stats.domain.DownloadRepository;

/**
 * Counts every pull exactly once. A pull's event is staged under its unique id (a redelivery finds it there), and a
 * fold marks staged events counted in the same transaction that adds them to the counters: a crash before the
 * commit counts nothing, and after it nothing is left to count again.
 */
@Stateless
public class DownloadCounter {

    @Inject
    private DownloadRepository downloads;

    @Inject
    private ContainerRepository containers;

    @Inject
    private CollectionRepository collections;

    @Inject
    private PublicDownloads publicDownloads;

    /** Stages the pulls whose events are not staged yet, in one transaction; how many were new. */
    public int stage(List<PullEvent> pulls) {
        Map<String, PullEvent> fresh = new LinkedHashMap<>();
        pulls.forEach(pull -> fresh.putIfAbsent(pull.eventId(), pull));
        downloads.stagedAmong(fresh.keySet()).forEach(fresh::remove);
        fresh.values().forEach(pull -> downloads.stage(
                new DownloadEvent(pull.eventId(), pull.containerId(), pull.at())));
        return fresh.size();
    }

    /** The ids of staged events not counted yet, oldest first, after {@code afterId}. */
    public List<Long> uncounted(long afterId, int limit) {
        return downloads.uncountedIds(afterId, limit);
    }

    public boolean hasUncounted() {
        return !downloads.uncountedIds(0, 1).isEmpty();
    }

    /**
     * Adds the events among {@code eventIds} not counted yet to their containers' and collections' counters and to
     * the day they happened on, and those in public collections to the public pulls of the day; a container's first
     * pull also to its collection's count of pulled containers. Events of a deleted container are only marked.
     * Returns how many were counted.
     */
    public int fold(List<Long> eventIds) {
        List<DownloadEvent> events = downloads.lockUncounted(eventIds);
        events.forEach(DownloadEvent::counted);
        Map<Long, Map<LocalDate, Long>> perContainerAndDay = events.stream().collect(Collectors.groupingBy(
                DownloadEvent::containerId,
                Collectors.groupingBy(e -> LocalDate.ofInstant(e.downloadedAt(), ZoneOffset.UTC), Collectors.counting())));
        // The collections' rows before their containers', in id order, as a push and a delete take them: the three
        // never wait for each other in a circle, and a container deleted meanwhile is then found gone
        Set<Long> publicCollections = new HashSet<>();
        for (long collectionId : new TreeSet<>(containers.collectionIdsOf(perContainerAndDay.keySet()).values())) {
            if (!collections.isPrivateLocked(collectionId)) {
                publicCollections.add(collectionId);
            }
        }
        SortedMap<LocalDate, Long> publicPerDay = new TreeMap<>();
        Map<Collection, Long> firstPulls = new HashMap<>();
        perContainerAndDay.forEach((containerId, perDay) -> containers.find(containerId).ifPresent(container -> {
            if (container.downloadCount() == 0) {
                firstPulls.merge(container.collection(), 1L, Long::sum);
            }
            count(container, perDay);
            if (publicCollections.contains(container.collection().id())) {
                perDay.forEach((day, count) -> publicPerDay.merge(day, count, Long::sum));
            }
        }));
        firstPulls.forEach((collection, count) -> collections.addHeld(collection, Held.firstPulls(count)));
        publicDownloads.counted(publicPerDay);
        return events.size();
    }

    /** Forgets counted events older than {@code cutoff}; a message redelivered after that would be counted again. */
    public int purgeCountedBefore(Instant cutoff) {
        return downloads.purgeCountedBefore(cutoff);
    }

    public List<DailyCount> daily(long containerId) {
        return downloads.daysOf(containerId).stream().map(d -> new DailyCount(d.day(), d.downloads())).toList();
    }

    private void count(Container container, Map<LocalDate, Long> perDay) {
        container.countDownloads(perDay.values().stream().mapToLong(Long::longValue).sum());
        perDay.forEach((day, count) -> downloads.findDay(container.id(), day)
                .orElseGet(() -> newDay(container, day))
                .add(count));
    }

    private DailyDownloads newDay(Container container, LocalDate day) {
        DailyDownloads created = new DailyDownloads(container.id(), container.collection().id(), day);
        downloads.addDay(created);
        return created;
    }
}
