package org.sifregistry.stats.batch;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.stats.application.DownloadCounter;

/** Folds a chunk of staged events into the counters, in the chunk's transaction. */
@Named
@Dependent
public class DownloadCountsWriter extends AbstractItemWriter {

    @Inject
    private DownloadCounter counter;

    @Override
    public void writeItems(List<Object> items) {
        counter.fold(items.stream().map(Long.class::cast).toList());
    }
}
