package org.sifregistry.common;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who asks: the signed-in user's name and roles as the container (or an API token) established them, or anonymous.
 * Every service decision about visibility and rights is taken against a caller, so the web UI, the REST APIs and
 * the batch jobs obey the same rules.
 */
public record Caller(String username, Set<Role> roles) {

    private static final Caller ANONYMOUS = new Caller("", Set.of());

    public Caller {
        username = username == null ? "" : username;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
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
        return new Caller(username, all);
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
