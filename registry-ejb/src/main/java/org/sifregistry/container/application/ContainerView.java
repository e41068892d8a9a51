package org.sifregistry.container.application;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the container page shows: the container's details, what the caller may do with it (manage it: freeze,
 * share, delete; edit its topic tags) and every tag of the same container name.
 */
public record ContainerView(ContainerDetails details, boolean manageable, boolean topicsEditable,
                            List<TagSummary> tags) implements Serializable {

    public ContainerView {
        tags = List.copyOf(tags);
    }
}
