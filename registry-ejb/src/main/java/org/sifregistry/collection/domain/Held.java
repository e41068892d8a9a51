package org.sifregistry.collection.domain;

/**
 * A change to the counts a collection keeps of what it holds: its containers, how many of them were pulled at least
 * once, and the bytes of their images and of its OCI blob links.
 */
public record Held(long containers, long pulledContainers, long bytes) {

    /** One container of {@code bytes}, counted among the pulled ones if it was pulled. */
    public static Held ofContainer(long bytes, boolean pulled) {
        return new Held(1, pulled ? 1 : 0, bytes);
    }

    public static Held bytes(long bytes) {
        return new Held(0, 0, bytes);
    }

    /** {@code count} containers pulled for the first time. */
    public static Held firstPulls(long count) {
        return new Held(0, count, 0);
    }

    public Held negated() {
        return new Held(-containers, -pulledContainers, -bytes);
    }
}
