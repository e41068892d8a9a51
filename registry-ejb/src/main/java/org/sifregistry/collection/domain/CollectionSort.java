package org.sifregistry.collection.domain;

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

    /** The JPQL ordering; the name breaks ties so pages never overlap. */
    public String orderBy(boolean descending) {
        return path + (descending ? " DESC" : " ASC") + (this == NAME ? "" : ", c.name ASC");
    }
}
