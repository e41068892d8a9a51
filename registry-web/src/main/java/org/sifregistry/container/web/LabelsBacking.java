package org.sifregistry.container.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.web.PagedModel;
import org.sifregistry.container.application.LabelService;
import org.sifregistry.container.domain.LabelKeyCount;
import org.sifregistry.user.web.CallerProducer;

/** The labels page: every label key of the visible containers, searched by a part of the key. */
@Named
@ViewScoped
public class LabelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LabelService labels;

    /** Asked at each request: a view outlives the request that opened it, and Caller is not serializable. */
    @Inject
    private CallerProducer callers;

    /** Also taken from the address as {@code ?q=}. */
    private String search;

    private final PagedModel<LabelKeyCount> keys = PagedModel.of(
            () -> labels.countKeys(search, callers.caller()),
            page -> labels.keys(search, page, callers.caller()),
            LabelKeyCount::key);

    public PagedModel<LabelKeyCount> getKeys() {
        return keys;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
