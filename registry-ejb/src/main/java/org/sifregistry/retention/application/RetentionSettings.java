package org.sifregistry.retention.application;

import java.io.Serializable;

import org.sifregistry.collection.domain.RetentionPolicy;

/** A collection's retention rules, and whether it is protected from them. */
public record RetentionSettings(RetentionPolicy policy, boolean protectedCollection) implements Serializable {
}
