package org.sifregistry.user.application;

import java.io.Serializable;

/** A member of a team, and whether they are one of its owners. */
public record TeamMember(String username, String displayName, boolean owner) implements Serializable {
}
