package org.sifregistry.container.domain;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;

/** No such container, or one in a collection the caller may not see. */
public class ContainerNotFoundException extends NotFoundException {

    public ContainerNotFoundException(ContainerRef ref) {
        super(ErrorKey.CONTAINER_NOT_FOUND, ref);
    }
}
