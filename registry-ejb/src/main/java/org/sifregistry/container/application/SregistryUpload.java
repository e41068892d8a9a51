package org.sifregistry.container.application;

import org.sifregistry.common.Caller;
import org.sifregistry.container.domain.ContainerRef;

/**
 * A sregistry upload whose ticket was claimed: who sends it (the holder of the token that signed it) and what it
 * will be published as. Its file is received next.
 */
public record SregistryUpload(long cid, ContainerRef ref, Caller caller) {
}
