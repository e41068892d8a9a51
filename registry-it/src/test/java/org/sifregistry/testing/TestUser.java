package org.sifregistry.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users of the integration-test server (src/test/it-server, copied over its realm files by the ear pom), with
 * their API tokens made once per JVM: tokens are cheap but every one stays listed on the user's account.
 */
public final class TestUser {

    public static final TestUser ALICE = new TestUser("alice");
    public static final TestUser BOB = new TestUser("bob");
    public static final TestUser CAROL = new TestUser("carol");
    /** A user no test gives rights to anything of anyone else's. */
    public static final TestUser DAVE = new TestUser("dave");
    /** A manager (roles manager,user): creates collections for others. */
    public static final TestUser MONA = new TestUser("mona");
    /** An admin (roles admin,user). */
    public static final TestUser ROOT = new TestUser("root");

    private final String username;
    private final Map<String, String> tokensByScope = new ConcurrentHashMap<>();

    private TestUser(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }

    public String password() {
        return username + "-pw-1";
    }

    public String basicAuthorization() {
        return Api.basic(username, password());
    }

    public String pushToken() {
        return tokensByScope.computeIfAbsent("push", this::newToken);
    }

    public String pullToken() {
        return tokensByScope.computeIfAbsent("pull", this::newToken);
    }

    /** A token of the scope that reaches only {@code collection}, made once per JVM. */
    public String limitedToken(String scope, String collection) {
        return tokensByScope.computeIfAbsent(scope + " " + collection,
                key -> new Api().token(username, password(), scope, collection));
    }

    /**
     * A token made now, not the one kept for this JVM: for a server whose database an earlier test of the same JVM may
     * have replaced (RestartableServerTest).
     */
    public String newToken(String scope) {
        return new Api().token(username, password(), scope);
    }

    @Override
    public String toString() {
        return username;
    }
}
