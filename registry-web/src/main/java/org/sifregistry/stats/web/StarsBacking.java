package org.sifregistry.stats.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.web.PagedModel;
import org.sifregistry.stats.application.RankedCollection;
import org.sifregistry.stats.application.RankingService;
import org.sifregistry.user.web.CallerProducer;

/** The stars page: the visible collections ranked by their stars, narrowed by a part of their names. */
@Named
@ViewScoped
public class StarsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RankingService rankings;

    /** Asked at each request: a view outlives the request that opened it, and Caller is not serializable. */
    @Inject
    private CallerProducer callers;

    /** Also taken from the address as {@code ?q=}. */
    private String search;

    private final PagedModel<RankedCollection> collections = PagedModel.of(
            () -> rankings.countStarred(search, callers.caller()),
            page -> rankings.mostStarred(search, page, callers.caller()),
            RankedCollection::name);

    public PagedModel<RankedCollection> getCollections() {
        return collections;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
