package org.sifregistry.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Commits what several threads hand in at the same moment as one group, and returns to each thread only once its own
 * item is committed. One group commits at a time; what arrives meanwhile waits and forms the next, so the groups grow
 * with the load and a transaction's fixed cost is shared by its items. A group that fails is committed again item
 * by item, each by its own thread, so that one bad item fails alone.
 *
 * @param <T> what is committed
 */
public final class CommitGroups<T> {

    private final Consumer<List<T>> commit;
    private final int largest;
    private final ReentrantLock committing = new ReentrantLock();
    private final Queue<Waiting<T>> waiting = new ConcurrentLinkedQueue<>();

    /**
     * @param commit  commits a group in a transaction of its own, or throws and commits none of it
     * @param largest the most items one group holds
     */
    public CommitGroups(Consumer<List<T>> commit, int largest) {
        if (largest < 1) {
            throw new IllegalArgumentException("largest < 1: " + largest);
        }
        this.commit = commit;
        this.largest = largest;
    }

    /** Returns once {@code item} is committed; throws what its own commit threw. */
    public void commit(T item) {
        Waiting<T> mine = new Waiting<>(item, new CompletableFuture<>());
        waiting.add(mine);
        committing.lock();
        try {
            while (!mine.committed().isDone()) {
                commitNextGroup();
            }
        } finally {
            committing.unlock();
        }
        boolean committed;
        try {
            committed = mine.committed().join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure.getCause();
        }
        if (!committed) {
            commit.accept(List.of(item));
        }
    }

    /**
     * Commits the oldest waiting items, which hold the caller's when they are few enough. Each learns whether it is
     * committed, or, in a group that failed, has to be committed alone, or, alone, what its commit threw.
     */
    private void commitNextGroup() {
        List<Waiting<T>> group = new ArrayList<>();
        for (Waiting<T> next; group.size() < largest && (next = waiting.poll()) != null; ) {
            group.add(next);
        }
        try {
            commit.accept(group.stream().map(Waiting::item).toList());
            group.forEach(w -> w.committed().complete(true));
        } catch (RuntimeException | Error failure) {
            group.forEach(w -> {
                if (group.size() == 1) {
                    w.committed().completeExceptionally(failure);
                } else {
                    w.committed().complete(false);
                }
            });
        }
    }

    private record Waiting<T>(T item, CompletableFuture<Boolean> committed) {
    }
}
