package org.sifregistry.common;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The container roles the registry knows; their lowercase names are the role names in web.xml and the realms. */
public enum Role {
    USER, MANAGER, ADMIN;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roles whose names {@code hasRole} accepts, such as a request's {@code isUserInRole}. */
    public static Set<Role> held(Predicate<String> hasRole) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (hasRole.test(role.roleName())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
