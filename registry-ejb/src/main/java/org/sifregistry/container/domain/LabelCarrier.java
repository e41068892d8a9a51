package org.sifregistry.container.domain;

/** A container that carries a label, with the label's value on it. */
public record LabelCarrier(String value, ContainerListing container) {
}
