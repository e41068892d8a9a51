package org.sifregistry.user.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

import org.sifregistry.common.Role;
import org.sifregistry.user.domain.UserAccount;

/** A user as the admins' users page lists them, with the roles granted in the registry (not the container's). */
public record UserSummary(String username, String displayName, String email, Instant created, Instant lastSignIn,
                          Set<Role> grantedRoles) implements Serializable {

    public UserSummary {
        grantedRoles = Set.copyOf(grantedRoles);
    }

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.username(), user.displayName(), user.email(), user.created(), user.lastSignIn(),
                user.grantedRoles());
    }

    public boolean hasGranted(Role role) {
        return grantedRoles.contains(role);
    }
}
