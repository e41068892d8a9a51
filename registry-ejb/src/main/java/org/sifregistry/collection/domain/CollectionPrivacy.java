package org.sifregistry.collection.domain;

/** Whether a list shows public collections, private ones, or both (only what the caller may see, either way). */
public enum CollectionPrivacy {
    ANY(null),
    PUBLIC("c.privateCollection = FALSE"),
    PRIVATE("c.privateCollection = TRUE");

    private final String condition;

    CollectionPrivacy(String condition) {
        this.condition = condition;
    }

    /** The JPQL condition on collection {@code c}; null when there is none. */
    public String condition() {
        return condition;
    }
}
