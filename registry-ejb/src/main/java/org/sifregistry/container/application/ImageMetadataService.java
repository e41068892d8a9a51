package org.sifregistry.container.application;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Label;
import org.sifregistry.container.domain.PublicCarriers;
import org.sifregistry.container.domain.PublicCarriers.Carried;
import org.sifregistry.key.application.SignatureJudge;

/**
 * The batch side's access to containers whose image header is to be read, and where it records what it read. Only
 * a container still waiting for the reading of that very version is written, so redelivered messages, restarted
 * jobs and a tag moved meanwhile leave the right metadata in place.
 */
@Stateless
public class ImageMetadataService {

    private static final Logger LOG = Logger.getLogger(ImageMetadataService.class.getName());

    @Inject
    private PublicCarriers publicCarriers;

    @Inject
    private SignatureJudge judge;

    @Inject
    private ContainerRepository containers;

    @Inject
    private LabelCatalog catalog;

    /** The container if it still waits for the reading of {@code version}. */
    public Optional<ParseTarget> pending(long containerId, String version) {
        return containers.find(containerId)
                .filter(k -> k.isParsePending() && k.version().equals(version))
                .map(ImageMetadataService::target);
    }

    public void record(List<ImageReading> readings) {
        readings.forEach(this::record);
    }

    private void record(ImageReading reading) {
        Optional<Container> found = containers.findForUpdate(reading.containerId())
                .filter(k -> k.isParsePending() && k.version().equals(reading.version()));
        if (found.isEmpty()) {
            LOG.fine(() -> "Container " + reading.containerId() + " no longer waits for " + reading.version());
            return;
        }
        Container container = found.get();
        if (reading.isMalformed()) {
            container.malformed(reading.problem());
            LOG.info(() -> container.ref() + " holds a malformed image: " + reading.problem());
            return;
        }
        Carried carried = Carried.by(container);
        container.parsed(reading.definitionFile(), reading.runscript(), reading.help(), reading.architecture(),
                labels(reading.labels()),
                reading.operatingSystem() == null ? null : catalog.topicTag(reading.operatingSystem()),
                reading.signatures().stream().map(judge.newRun()).toList());
        publicCarriers.containerChanged(container, carried, Carried.by(container));
    }

    private Set<Label> labels(Map<String, String> pairs) {
        Set<Label> labels = new HashSet<>();
        pairs.forEach((key, value) -> labels.add(catalog.label(key, value)));
        return labels;
    }

    private static ParseTarget target(Container container) {
        return new ParseTarget(container.id(), container.ref().toString(), container.digest());
    }
}
