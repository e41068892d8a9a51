package org.sifregistry.container.domain;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NamingRule;

/**
 * The name of a topic tag that groups containers by subject ("biology", "ubuntu").
 * Trimmed and lowercased on creation; see {@link NamingRule}.
 */
public record TopicName(String value) {

    public static final int MAX_LENGTH = 64;

    public TopicName {
        value = NamingRule.slug("topic", ErrorKey.WORD_TOPIC_TAG, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
