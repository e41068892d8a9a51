package org.sifregistry.collection.domain;

import org.sifregistry.common.ConflictException;

public class DuplicateCollectionException extends ConflictException {

    public DuplicateCollectionException(CollectionName name) {
        super("A collection named '" + name + "' already exists");
    }
}
