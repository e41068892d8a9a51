package org.sifregistry.collection.domain;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;

/** No collection of that name, or one the caller may not see: the two answers are the same on purpose. */
public class CollectionNotFoundException extends NotFoundException {

    public CollectionNotFoundException(CollectionName name) {
        super(ErrorKey.COLLECTION_NOT_FOUND, name);
    }
}
