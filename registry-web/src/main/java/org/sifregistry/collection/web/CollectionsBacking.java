package org.sifregistry.collection.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The collections list: a lazy table over the visible collections, searched by name. */
@Named
@ViewScoped
public class CollectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionLazyModel model;

    /** The search text, also taken from the home page's search box as {@code ?q=}. */
    private String search;

    public CollectionLazyModel getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
        model.setSearch(search);
    }
}
