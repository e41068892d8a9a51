package org.sifregistry.container.batch;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.container.application.ImageReading;
import org.sifregistry.container.application.ParseTarget;
import org.sifregistry.sif.SifFormatException;
import org.sifregistry.sif.SifLimits;
import org.sifregistry.sif.SifReader;
import org.sifregistry.storage.ImageMissingException;
import org.sifregistry.storage.ImageStore;

/**
 * Reads the header of a container's image, never the whole file. An image that cannot be read as SIF is recorded
 * as malformed with the parser's reason; only a failure of the store itself fails the job, to be restarted.
 */
@Named
@Dependent
public class ImageHeaderProcessor implements ItemProcessor {

    private static final SifReader READER = new SifReader(SifLimits.DEFAULTS);

    @Inject
    private ImageStore store;

    @Inject
    private RegistryMetrics metrics;

    @Inject
    private Clock clock;

    /** Times each reading, malformed images included: they take as long to find out about. */
    @Override
    public ImageReading processItem(Object item) throws IOException {
        Instant start = clock.instant();
        try {
            return read((ParseTarget) item);
        } finally {
            metrics.imageParsed(Duration.between(start, clock.instant()));
        }
    }

    private ImageReading read(ParseTarget target) throws IOException {
        try (SeekableByteChannel image = store.openChannel(target.digest())) {
            return ImageReadings.of(target, READER.read(image));
        } catch (SifFormatException e) {
            return ImageReading.malformed(target.containerId(), target.version(), e.getMessage());
        } catch (ImageMissingException e) {
            return ImageReading.malformed(target.containerId(), target.version(),
                    "The image file is missing from the store");
        }
    }
}
