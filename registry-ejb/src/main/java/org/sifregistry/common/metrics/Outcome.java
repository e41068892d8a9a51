package org.sifregistry.common.metrics;

import java.util.Locale;

/** How a push or a pull ended: the {@code outcome} tag. A pull fails when its transfer breaks off. */
public enum Outcome {
    SUCCESS, FAILURE;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
