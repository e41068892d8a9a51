package org.sifregistry.collection.domain;

import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;

public class DuplicateCollectionException extends ConflictException {

    public DuplicateCollectionException(CollectionName name) {
        super(ErrorKey.COLLECTION_DUPLICATE, name);
    }
}
