package org.sifregistry.collection.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/** The orders the collections list offers; each maps to one indexed or counted column. */
public enum CollectionSort {
    NAME("c.name"),
    UPDATED("c.updated"),
    CREATED("c.created"),
    STARS("c.starCount"),
    DOWNLOADS("c.downloadCount");

    private final String path;

    CollectionSort(String path) {
        this.path = path;
    }

    /** The sort of that name ({@code stars}, any case); a 400 that lists the sorts for another. */
    public static CollectionSort named(String name) {
        for (CollectionSort sort : values()) {
            if (sort.name().equalsIgnoreCase(name)) {
                return sort;
            }
        }
        throw new InvalidInputException("sort", ErrorKey.PAGE_SORT,
                Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")),
                name);
    }

    /** The JPQL ordering; the name breaks ties so pages never overlap. */
    public String orderBy(boolean descending) {
        return path + (descending ? " DESC" : " ASC") + (this == NAME ? "" : ", c.name ASC");
    }
}
