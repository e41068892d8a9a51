package org.sifregistry.container.domain;

/** Where reading an image's header stands: the batch job fills the metadata after a push. */
public enum ParseStatus {
    PENDING, PARSED, MALFORMED
}
