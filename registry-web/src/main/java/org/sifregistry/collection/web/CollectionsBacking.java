package org.sifregistry.collection.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.collection.domain.CollectionPrivacy;
import org.sifregistry.collection.domain.CollectionScope;

/** The collections list: a lazy table over the visible collections, searched by name and filtered. */
@Named
@ViewScoped
public class CollectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionLazyModel model;

    /** The search text, also taken from the home page's search box as {@code ?q=}. */
    private String search;
    private CollectionScope scope = CollectionScope.ALL;
    private CollectionPrivacy privacy = CollectionPrivacy.ANY;

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

    /** Whose collections: all, starred by the caller, or the caller's own; also taken as {@code ?scope=}. */
    public CollectionScope getScope() {
        return scope;
    }

    public void setScope(CollectionScope scope) {
        this.scope = scope == null ? CollectionScope.ALL : scope;
        model.setScope(this.scope);
    }

    /** Public, private or both; also taken as {@code ?privacy=}. */
    public CollectionPrivacy getPrivacy() {
        return privacy;
    }

    public void setPrivacy(CollectionPrivacy privacy) {
        this.privacy = privacy == null ? CollectionPrivacy.ANY : privacy;
        model.setPrivacy(this.privacy);
    }

    public CollectionScope[] getScopes() {
        return CollectionScope.values();
    }

    public CollectionPrivacy[] getPrivacies() {
        return CollectionPrivacy.values();
    }
}
