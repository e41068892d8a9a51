package org.sifregistry.user.domain;

/** What an API token lets its holder do: pull only, or pull and push. */
public enum TokenScope {
    PULL, PUSH;

    public boolean allowsPush() {
        return this == PUSH;
    }
}
