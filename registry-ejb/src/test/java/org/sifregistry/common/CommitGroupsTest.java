package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.Test;

class CommitGroupsTest {

    private final List<List<String>> committed = new ArrayList<>();
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @Test
    void itemsHandedInWhileAGroupCommitsFormTheNextGroup() throws Exception {
        CommitGroups<String> groups = new CommitGroups<>(this::commit, 10);

        awaitAll(handedInWhileTheFirstGroupCommits(groups, "b", "c"));

        assertEquals(List.of("a"), committed.get(0));
        assertEquals(Set.of("b", "c"), new HashSet<>(committed.get(1)));
        assertEquals(2, committed.size(), committed.toString());
    }

    @Test
    void aGroupHoldsAtMostTheLargest() throws Exception {
        CommitGroups<String> groups = new CommitGroups<>(this::commit, 2);

        awaitAll(handedInWhileTheFirstGroupCommits(groups, "b", "c", "d"));

        assertEquals(List.of(1, 2, 1), committed.stream().map(List::size).toList(), committed.toString());
    }

    @Test
    void aGroupThatFailsIsCommittedItemByItemSoOnlyTheBadItemFails() throws Exception {
        CommitGroups<String> groups = new CommitGroups<>(this::commit, 10);

        List<FutureTask<Void>> next = handedInWhileTheFirstGroupCommits(groups, "bad", "good");

        ExecutionException failure = assertThrows(ExecutionException.class, next.get(0)::get);
        next.get(1).get();
        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        assertEquals(List.of(List.of("a"), List.of("good")), committed);
    }

    @Test
    void aLoneItemThatFailsIsTriedOnce() {
        List<List<String>> tried = new ArrayList<>();
        CommitGroups<String> groups = new CommitGroups<>(group -> {
            tried.add(group);
            commit(group);
        }, 10);

        assertThrows(IllegalArgumentException.class, () -> groups.commit("bad"));
        assertEquals(List.of(List.of("bad")), tried);
    }

    /**
     * Commits "a" alone and hands in {@code items}, each from a thread of its own, while it commits; returns the
     * items' tasks once "a" is committed.
     */
    private List<FutureTask<Void>> handedInWhileTheFirstGroupCommits(CommitGroups<String> groups, String... items)
            throws Exception {
        FutureTask<Void> first = start(groups, "a");
        firstStarted.await();
        List<FutureTask<Void>> next = waitingBehindIt(groups, items);
        releaseFirst.countDown();
        first.get();
        return next;
    }

    private static void awaitAll(List<FutureTask<Void>> tasks) throws Exception {
        for (FutureTask<Void> task : tasks) {
            task.get();
        }
    }

    /** Hands in each item from a thread of its own, and returns once every one of them waits for its group. */
    private static List<FutureTask<Void>> waitingBehindIt(CommitGroups<String> groups, String... items) {
        List<HandedIn> handedIn = Arrays.stream(items).map(item -> handIn(groups, item)).toList();
        for (HandedIn item : handedIn) {
            while (item.thread().getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
        }
        return handedIn.stream().map(HandedIn::task).toList();
    }

    private static FutureTask<Void> start(CommitGroups<String> groups, String item) {
        return handIn(groups, item).task();
    }

    private static HandedIn handIn(CommitGroups<String> groups, String item) {
        FutureTask<Void> task = new FutureTask<>(() -> groups.commit(item), null);
        Thread thread = new Thread(task, "commit " + item);
        thread.start();
        return new HandedIn(task, thread);
    }

    private record HandedIn(FutureTask<Void> task, Thread thread) {
    }

    private void commit(List<String> group) {
        if (group.contains("bad")) {
            throw new IllegalArgumentException("a bad item in " + group);
        }
        if (committed.isEmpty()) {
            firstStarted.countDown();
            try {
                releaseFirst.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (committed) {
            committed.add(group);
        }
    }
}
