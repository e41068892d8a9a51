package org.sifregistry.container.domain;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

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

    /** Every suffix of the name, the whole name first: the name contains a text when one of them starts with it. */
    public List<String> suffixes() {
        return IntStream.range(0, value.length()).mapToObj(value::substring).toList();
    }

    @Override
    public String toString() {
        return value;
    }
}
