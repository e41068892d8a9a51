package org.sifregistry.container.domain;

import java.io.Serializable;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NamingRule;

/**
 * The name of a container within its collection: the second part of a reference
 * ({@code collection/name:tag}). Trimmed and lowercased on creation; see {@link NamingRule}.
 */
public record ContainerName(String value) implements Serializable {

    public static final int MAX_LENGTH = 128;

    public ContainerName {
        value = NamingRule.slug("name", ErrorKey.WORD_CONTAINER_NAME, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
