package org.sifregistry.collection.domain;

/** Which of the visible collections a list shows: all of them, those the caller starred, or the caller's own. */
public enum CollectionScope {
    ALL(null),
    STARRED("EXISTS (SELECT s FROM Star s WHERE s.collection = c AND s.user.username = :username)"),
    /** Collections the caller owns or contributes to. */
    MINE(Collection.OWNED_OR_CONTRIBUTED_BY_USER);

    private final String condition;

    CollectionScope(String condition) {
        this.condition = condition;
    }

    /** The JPQL condition on collection {@code c} with the parameter {@code :username}; null when there is none. */
    public String condition() {
        return condition;
    }
}
