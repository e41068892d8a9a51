package org.sifregistry.container.application;

/**
 * What a caller may do with a container name seen as an OCI repository ({@code collection/name}): pull where they
 * see the collection, push where they may manage it or where no collection of that name exists yet ({@link #CREATE}).
 * Whether the name has any image yet does not matter. Pulls from a private collection are audited.
 */
public record RepositoryAccess(boolean pull, boolean push, boolean privateCollection) {

    public static final RepositoryAccess NONE = new RepositoryAccess(false, false, false);
    /** A collection nobody has yet, for someone who may create collections: nothing to pull, and a push makes it. */
    public static final RepositoryAccess CREATE = new RepositoryAccess(false, true, false);
}
