package org.sifregistry.container.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.sifregistry.container.domain.ParseStatus;

/**
 * A container with everything read from its image, taken within the service's transaction. Why an image is
 * malformed ({@code parseError}) is told only to those who may manage it.
 */
public record ContainerDetails(long id, String ref, String collection, String name, String tag, String version,
                               long size, String architecture, boolean frozen, boolean privateCollection,
                               Instant created, Instant updated, long downloadCount, Map<String, String> labels,
                               String definitionFile, String runscript, String help, ParseStatus parseStatus,
                               String parseError, List<String> topics, List<SignatureSummary> signatures)
        implements Serializable {

    /** The id of an image that no tag points at: there is no container to count its downloads against. */
    public static final long UNTAGGED = 0;

    public boolean isTagged() {
        return id != UNTAGGED;
    }
}
