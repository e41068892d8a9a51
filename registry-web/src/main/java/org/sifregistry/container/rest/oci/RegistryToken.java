package org.sifregistry.container.rest.oci;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sifregistry.common.Caller;

/**
 * What a token from {@code /v2/token} says: who asked (anonymous when no one signed in), with the roles they had
 * then, the actions ({@code pull}, {@code push}) granted per repository it was asked for, an empty set where none
 * were, and the id of the API token it was asked with (null for a password or no one), whose revocation ends it. It
 * is checked again against the access rules on every request; it only narrows them.
 */
record RegistryToken(Caller caller, Map<String, Set<String>> access, Instant issued, Instant expires, Long apiToken) {

    static final String PULL = "pull";
    static final String PUSH = "push";

    /** The actions granted on a repository, or empty when the token was not asked for it at all. */
    Optional<Set<String>> actions(String repository) {
        return Optional.ofNullable(access.get(repository));
    }
}
