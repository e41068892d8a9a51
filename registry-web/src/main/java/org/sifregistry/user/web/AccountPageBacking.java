package org.sifregistry.user.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.star.application.StarService;

/** The account page: the collections the user owns or contributes to, and those they starred, with unstar. */
@Named
@ViewScoped
public class AccountPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionService collections;

    @Inject
    private StarService stars;

    // Request-scoped: the caller of each ajax request of this view, not of the first.
    @Inject
    private CallerProducer callers;

    @Inject
    private PageMessages messages;

    private final LazyDataModel<CollectionSummary> mine = PagedModel.of(
            () -> collections.countOfMember(callers.caller()),
            page -> collections.listOfMember(page, callers.caller()),
            CollectionSummary::name);

    private final LazyDataModel<CollectionSummary> starred = PagedModel.of(
            () -> collections.countStarred(callers.caller()),
            page -> collections.listStarred(page, callers.caller()),
            CollectionSummary::name);

    public LazyDataModel<CollectionSummary> getMine() {
        return mine;
    }

    public LazyDataModel<CollectionSummary> getStarred() {
        return starred;
    }

    public void unstar(String name) {
        messages.attempt(() -> stars.unstar(new CollectionName(name), callers.caller()), "account.starred.unstarred",
                name);
    }
}
