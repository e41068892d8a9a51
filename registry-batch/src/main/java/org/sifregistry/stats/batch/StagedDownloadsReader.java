package org.sifregistry.stats.batch;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.stats.application.DownloadCounter;

/**
 * Reads the ids of staged download events not counted yet, oldest first, a page at a time. The checkpoint is the
 * last id read, so a restarted job goes on from there; an event counted twice is impossible anyway, because the
 * fold only counts events still marked uncounted.
 */
@Named
@Dependent
public class StagedDownloadsReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String pageSize;

    @Inject
    private DownloadCounter counter;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Long readItem() {
        if (page.isEmpty()) {
            page.addAll(counter.uncounted(lastId, Integer.parseInt(pageSize)));
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
