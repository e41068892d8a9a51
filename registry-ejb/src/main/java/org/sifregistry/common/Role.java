package org.sifregistry.common;

import java.util.Locale;

/** The container roles the registry knows; their lowercase names are the role names in web.xml and the realms. */
public enum Role {
    USER, MANAGER, ADMIN;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
