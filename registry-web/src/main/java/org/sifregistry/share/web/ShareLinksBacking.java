package org.sifregistry.share.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.container.web.ContainerBacking;
import org.sifregistry.share.application.ShareLinkSummary;
import org.sifregistry.share.application.ShareService;
import org.sifregistry.share.rest.ShareDownloadResource;
import org.sifregistry.site.application.RegistryConfig;

/**
 * The share dialog of the container page: make a link that expires after the chosen number of days (its URL is
 * shown once, to copy), and list and revoke the container's links.
 */
@Named
@ViewScoped
public class ShareLinksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The lifetimes offered, in days; the last is the service's limit. */
    private static final List<Integer> EXPIRY_DAYS = List.of(1, 7, 30, (int) ShareService.MAX_LIFETIME.toDays());

    @Inject
    private ShareService shares;

    @Inject
    private RegistryConfig config;

    @Inject
    private ContainerBacking page;

    @Inject
    private PageMessages messages;

    @Inject
    private Clock clock;

    private int expiryDays = 7;
    private String newLinkUrl;

    private final LazyDataModel<ShareLinkSummary> links = PagedModel.of(
            () -> shares.count(page.containerRef(), page.caller()),
            request -> shares.list(page.containerRef(), request, page.caller()),
            link -> Long.toString(link.id()));

    public void create() {
        Instant expiresAt = clock.instant().plus(Duration.ofDays(expiryDays));
        messages.attempt(() -> newLinkUrl = ShareDownloadResource.url(config.baseUrl(),
                shares.create(page.containerRef(), expiresAt, page.caller()).token()).toString(), "share.created");
    }

    public void revoke(long linkId) {
        messages.attempt(() -> shares.revoke(linkId, page.caller()), "share.revoked");
    }

    /** The container's links, newest first; only owners see the dialog that shows them. */
    public LazyDataModel<ShareLinkSummary> getLinks() {
        return links;
    }

    public List<Integer> getExpiryChoices() {
        return EXPIRY_DAYS;
    }

    public int getExpiryDays() {
        return expiryDays;
    }

    public void setExpiryDays(int expiryDays) {
        this.expiryDays = expiryDays;
    }

    /** The link just made, shown until the page is left: its token is never shown again. */
    public String getNewLinkUrl() {
        return newLinkUrl;
    }
}
