package org.sifregistry.container.domain;

import java.io.Serializable;

/** A label key with how many visible containers carry it and with how many distinct values. */
public record LabelKeyCount(String key, long containers, long values) implements Serializable {
}
