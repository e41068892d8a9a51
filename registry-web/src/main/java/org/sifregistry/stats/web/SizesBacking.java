package org.sifregistry.stats.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.PageRequest;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.stats.application.RankingService;
import org.sifregistry.stats.domain.CollectionSize;
import org.sifregistry.stats.domain.SizeTotals;
import org.sifregistry.user.web.CallerProducer;

/**
 * The sizes page: the bytes of each collection as bars against the largest, and the largest containers, narrowed
 * to collections whose name contains the search text.
 */
@Named
@ViewScoped
public class SizesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RankingService rankings;

    /** Asked at each request: a view outlives the request that opened it, and Caller is not serializable. */
    @Inject
    private CallerProducer callers;

    /** Also taken from the address as {@code ?q=}. */
    private String search;

    /** Read once per search. */
    private SizeTotals totals;

    /**
     * Kept per search: the bars of every page are drawn against the same largest collection, which is the first row
     * of the first page, so it is asked for only when another page is the first read.
     */
    private Long largestBytes;

    private final PagedModel<CollectionSize> collections = PagedModel.of(
            () -> rankings.countCollectionSizes(search, callers.caller()),
            page -> noteLargest(page, rankings.collectionSizes(search, page, callers.caller())),
            CollectionSize::collection);

    private final PagedModel<ContainerListing> largest = PagedModel.of(
            () -> rankings.countContainers(search, callers.caller()),
            page -> rankings.largestContainers(search, page, callers.caller()),
            listing -> listing.ref().toString());

    public SizeTotals getTotals() {
        if (totals == null) {
            totals = rankings.sizeTotals(search, callers.caller());
        }
        return totals;
    }

    /** The width of a collection's bar, in percent of the largest collection's; at least 1 so that it shows. */
    public long barPercent(CollectionSize size) {
        if (largestBytes == null) {
            largestBytes = rankings.largestCollectionBytes(search, callers.caller());
        }
        return largestBytes == 0 ? 0 : Math.max(1, Math.round(100.0 * size.bytes() / largestBytes));
    }

    private List<CollectionSize> noteLargest(PageRequest page, List<CollectionSize> rows) {
        if (page.offset() == 0 && !rows.isEmpty()) {
            largestBytes = rows.get(0).bytes();
        }
        return rows;
    }

    /** A collection's share of all the bytes listed, in percent. */
    public double sharePercent(CollectionSize size) {
        long bytes = getTotals().bytes();
        return bytes == 0 ? 0 : 100.0 * size.bytes() / bytes;
    }

    public PagedModel<CollectionSize> getCollections() {
        return collections;
    }

    public PagedModel<ContainerListing> getLargest() {
        return largest;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
        this.totals = null;
        this.largestBytes = null;
    }
}
