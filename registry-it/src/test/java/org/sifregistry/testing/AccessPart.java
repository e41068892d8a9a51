package org.sifregistry.testing;

import java.util.Locale;

/**
 * The parts a caller plays in the access model of issue 7, with what the model lets each do; the access-matrix tests
 * derive every expected answer from these rules. Over HTTP a test user plays the part (none for anonymous).
 */
public enum AccessPart {
    ANONYMOUS(null), USER(TestUser.DAVE), CONTRIBUTOR(TestUser.BOB), TEAM_MEMBER(TestUser.CAROL),
    OWNER(TestUser.ALICE), MANAGER(TestUser.MONA), ADMIN(TestUser.ROOT),
    /**
     * The owner's API token limited to another collection ({@link #ELSEWHERE}), as a CI pipeline's: a stranger to
     * the owner's other collections, who makes none either. A token, so it plays no part on the web pages.
     */
    OWNERS_TOKEN_FOR_ELSEWHERE(TestUser.ALICE);

    /** The one collection {@link #OWNERS_TOKEN_FOR_ELSEWHERE} reaches. */
    public static final String ELSEWHERE = "matrix-elsewhere";

    /** A collection's privacy, the other axis of the matrix. */
    public enum Privacy {
        PUBLIC, PRIVATE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final TestUser user;

    AccessPart(TestUser user) {
        this.user = user;
    }

    public TestUser user() {
        return user;
    }

    public String pullToken() {
        return user == null ? null : tokenOnly() ? user.limitedToken("pull", ELSEWHERE) : user.pullToken();
    }

    public String pushToken() {
        return user == null ? null : tokenOnly() ? user.limitedToken("push", ELSEWHERE) : user.pushToken();
    }

    /** Whether the part is played by an API token alone: it has no password and no web session. */
    public boolean tokenOnly() {
        return this == OWNERS_TOKEN_FOR_ELSEWHERE;
    }

    /** Whoever signs in makes collections of their own, but a token only within the collections it reaches. */
    public boolean createsCollections() {
        return signedIn() && !tokenOnly();
    }

    public boolean signedIn() {
        return this != ANONYMOUS;
    }

    /** Owners and admins push, tag, freeze, share, manage and delete. */
    public boolean manages() {
        return this == OWNER || this == ADMIN;
    }

    /** Managers (and admins) create collections for others. */
    public boolean createsForOthers() {
        return this == MANAGER || this == ADMIN;
    }

    public boolean editsTopics() {
        return this == CONTRIBUTOR || manages();
    }

    /** Anyone sees a public collection; its contributors, team members, owners and admins a private one. */
    public boolean sees(Privacy privacy) {
        return privacy == Privacy.PUBLIC || this == CONTRIBUTOR || this == TEAM_MEMBER || manages();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
