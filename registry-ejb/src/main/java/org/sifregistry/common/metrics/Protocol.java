package org.sifregistry.common.metrics;

import java.util.Locale;

/** The client protocol a push or pull came by: the {@code protocol} tag of the meters. */
public enum Protocol {
    SHUB, LIBRARY, ORAS, SREGISTRY, SHARE;

    /** What the tag says: the name in lower case, as Prometheus labels are usually written. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The protocol a {@link #tag()} names. */
    public static Protocol ofTag(String tag) {
        return valueOf(tag.toUpperCase(Locale.ROOT));
    }
}
