package org.sifregistry.container.domain;

import org.sifregistry.common.NotFoundException;

/** No such container, or one in a collection the caller may not see. */
public class ContainerNotFoundException extends NotFoundException {

    public ContainerNotFoundException(ContainerRef ref) {
        super("There is no container " + ref);
    }
}
