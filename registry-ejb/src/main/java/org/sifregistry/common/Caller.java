package org.sifregistry.common;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who asks: the signed-in user's name and roles as the container (or an API token) established them, or anonymous.
 * Every service decision about visibility and rights is taken against a caller, so the web UI, the REST APIs and
 * the batch jobs obey the same rules. An API token limited to some collections makes a caller who reaches those
 * only ({@code collections}; empty: every collection): their user's other private collections are to it as to a
 * stranger, and it can change no other.
 */
public record Caller(String username, Set<Role> roles, Set<String> collections) {

    private static final Caller ANONYMOUS = new Caller("", Set.of());

    public Caller {
        username = username == null ? "" : username;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        collections = Set.copyOf(collections);
    }

    public Caller(String username, Set<Role> roles) {
        this(username, roles, Set.of());
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller user(String username) {
        return new Caller(username, Set.of(Role.USER));
    }

    public static Caller admin(String username) {
        return new Caller(username, Set.of(Role.USER, Role.ADMIN));
    }

    /** This caller with more roles, such as those an admin granted in the registry on top of the container's. */
    public Caller withRoles(Set<Role> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(roles);
        all.addAll(more);
        return new Caller(username, all, collections);
    }

    /**
     * This caller reaching only the named collections (none named: all of them), as a user's name and rights only:
     * an admin's or a manager's rights reach every collection, so a limited caller has neither.
     */
    public Caller limitedTo(Set<String> names) {
        if (names.isEmpty()) {
            return this;
        }
        return new Caller(username, roles.contains(Role.USER) ? Set.of(Role.USER) : Set.of(), names);
    }

    public boolean isLimited() {
        return !collections.isEmpty();
    }

    /** Whether a user's rights on the collection reach it through this caller (an unlimited caller reaches all). */
    public boolean reaches(String collection) {
        return collections.isEmpty() || collections.contains(collection);
    }

    /** Refuses, saying which collections this caller reaches, a collection it does not reach. */
    public void requireReaches(String collection) {
        if (!reaches(collection)) {
            throw outOfReach(collection);
        }
    }

    /** The refusal of a collection this caller's token does not reach, naming those it does. */
    public AccessDeniedException outOfReach(String collection) {
        return new AccessDeniedException(ErrorKey.TOKEN_COLLECTION_DENIED, collection,
                String.join(", ", collections.stream().sorted().map(c -> "'" + c + "'").toList()));
    }

    /**
     * The collections a limited caller reaches, for a query's {@code IN :collections}; for an unlimited one a list
     * that matches no name, since an empty list is not valid there (the query asks {@code :everyCollection} first).
     */
    public List<String> reachedCollections() {
        return collections.isEmpty() ? List.of("") : List.copyOf(collections);
    }

    public boolean isAnonymous() {
        return username.isEmpty();
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isManager() {
        return roles.contains(Role.MANAGER) || isAdmin();
    }

    /** The caller's name, or the error a signed-out caller gets when an action needs a name. */
    public String requireSignedIn() {
        if (isAnonymous()) {
            throw new NotSignedInException();
        }
        return username;
    }

    /** The caller's name if an admin; else the error a signed-out caller gets, or 403 with {@code refusal}. */
    public String requireAdmin(ErrorKey refusal) {
        requireSignedIn();
        if (!isAdmin()) {
            throw new AccessDeniedException(refusal);
        }
        return username;
    }
}
