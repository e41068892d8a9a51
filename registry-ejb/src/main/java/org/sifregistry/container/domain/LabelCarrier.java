package org.sifregistry.container.domain;

import java.io.Serializable;

/** A container that carries a label, with the label's value on it. */
public record LabelCarrier(String value, ContainerListing container) implements Serializable {
}
