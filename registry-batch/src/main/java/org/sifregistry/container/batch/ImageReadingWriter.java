package org.sifregistry.container.batch;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.container.application.ImageMetadataService;
import org.sifregistry.container.application.ImageReading;

/** Records the readings on their containers, in the chunk's transaction. */
@Named
@Dependent
public class ImageReadingWriter extends AbstractItemWriter {

    @Inject
    private ImageMetadataService metadata;

    @Override
    public void writeItems(List<Object> items) {
        metadata.record(items.stream().map(ImageReading.class::cast).toList());
    }
}
