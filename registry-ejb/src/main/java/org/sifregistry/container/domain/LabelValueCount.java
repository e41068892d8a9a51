package org.sifregistry.container.domain;

import java.io.Serializable;

/**
 * One value of a label key, with how many visible containers carry it and how many distinct images (versions) those
 * are: several containers and one image is the same image named differently.
 */
public record LabelValueCount(String value, long containers, long images) implements Serializable {

    public boolean isSameImageNamedDifferently() {
        return containers > 1 && images == 1;
    }
}
