package org.sifregistry.user.application;

/** A member of a team, and whether they are one of its owners. */
public record TeamMember(String username, String displayName, boolean owner) {
}
