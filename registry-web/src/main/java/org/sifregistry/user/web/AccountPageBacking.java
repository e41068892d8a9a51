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
import org.sifregistry.quota.application.QuotaService;
import org.sifregistry.quota.application.QuotaUse;
import org.sifregistry.retention.application.RetentionPlan;
import org.sifregistry.retention.application.RetentionService;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.star.application.StarService;

/**
 * The account page: the space the user's images take against their quota, what retention rules delete soon, the
 * collections they own or contribute to, and those they starred, with unstar.
 */
@Named
@ViewScoped
public class AccountPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionService collections;

    @Inject
    private StarService stars;

    @Inject
    private QuotaService quotas;

    @Inject
    private RetentionService retention;

    @Inject
    private RegistryConfig config;

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

    private QuotaUse quota;
    private RetentionPlan goingSoon;

    /** The caller's quota and usage, read once per view. */
    public QuotaUse getQuota() {
        if (quota == null) {
            quota = quotas.ofUser(callers.caller().username(), callers.caller());
        }
        return quota;
    }

    /** What retention rules delete within the notice period, of the collections the caller manages; once per view. */
    public RetentionPlan getGoingSoon() {
        if (goingSoon == null) {
            goingSoon = retention.upcoming(config.retentionNotice(), callers.caller());
        }
        return goingSoon;
    }

    public long getNoticeDays() {
        return config.retentionNotice().toDays();
    }

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
