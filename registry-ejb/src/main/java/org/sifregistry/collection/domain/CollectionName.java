package org.sifregistry.collection.domain;

import java.io.Serializable;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NamingRule;

/**
 * The name of a collection: the first part of a container reference ({@code collection/name:tag}).
 * Trimmed and lowercased on creation; see {@link NamingRule}.
 */
public record CollectionName(String value) implements Serializable {

    public static final int MAX_LENGTH = 128;

    public CollectionName {
        value = NamingRule.slug("collection", ErrorKey.WORD_COLLECTION_NAME, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
