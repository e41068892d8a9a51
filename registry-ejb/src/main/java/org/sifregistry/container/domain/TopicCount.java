package org.sifregistry.container.domain;

import java.io.Serializable;

/** A topic tag with how many visible containers carry it. */
public record TopicCount(String name, long containers) implements Serializable {

    /** Steps of a tag cloud's font sizes. */
    public static final int MAX_WEIGHT = 5;

    /**
     * 1 to {@link #MAX_WEIGHT}, growing with the logarithm of the count (1, 2-3, 4-7, 8-15, 16 and more), so the
     * weight of a topic does not depend on which page of the cloud it is shown on.
     */
    public int weight() {
        return (int) Math.min(MAX_WEIGHT, 64 - Long.numberOfLeadingZeros(Math.max(1, containers)));
    }
}
