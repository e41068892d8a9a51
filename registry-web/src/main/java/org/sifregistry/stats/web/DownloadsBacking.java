package org.sifregistry.stats.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.web.PagedModel;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.stats.application.DailyCount;
import org.sifregistry.stats.application.RankedCollection;
import org.sifregistry.stats.application.RankingService;
import org.sifregistry.user.web.CallerProducer;

/**
 * The downloads page: pulls per day over a chosen period as a chart, and the containers and collections ranked by
 * their downloads, narrowed to collections whose name contains the search text.
 */
@Named
@ViewScoped
public class DownloadsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The periods offered, in days. */
    private static final List<Integer> PERIODS = List.of(7, RankingService.DEFAULT_DAYS, 90, 365);

    @Inject
    private RankingService rankings;

    /** Asked at each request: a view outlives the request that opened it, and Caller is not serializable. */
    @Inject
    private CallerProducer callers;

    /** Also taken from the address as {@code ?q=}. */
    private String search;

    /** Also taken from the address as {@code ?days=}. */
    private int days = RankingService.DEFAULT_DAYS;

    /** Read once per search and period: the chart and its table show the same figures. */
    private List<DailyCount> pullsPerDay;

    private final PagedModel<ContainerListing> containers = PagedModel.of(
            () -> rankings.countPulledContainers(search, callers.caller()),
            page -> rankings.mostPulledContainers(search, page, callers.caller()),
            listing -> listing.ref().toString());

    private final PagedModel<RankedCollection> collections = PagedModel.of(
            () -> rankings.countPulledCollections(search, callers.caller()),
            page -> rankings.mostPulledCollections(search, page, callers.caller()),
            RankedCollection::name);

    public List<DailyCount> getPullsPerDay() {
        if (pullsPerDay == null) {
            pullsPerDay = rankings.pullsPerDay(days, search, callers.caller());
        }
        return pullsPerDay;
    }

    /** The days of the period that had pulls, for the table that tells the chart's figures in words. */
    public List<DailyCount> getDaysWithPulls() {
        return getPullsPerDay().stream().filter(day -> day.downloads() > 0).toList();
    }

    public long getPullsInPeriod() {
        return getPullsPerDay().stream().mapToLong(DailyCount::downloads).sum();
    }

    public String getChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String series = faces.getApplication().getResourceBundle(faces, "msg").getString("downloads.chart.series");
        return PullsChart.json(getPullsPerDay(), series);
    }

    public PagedModel<ContainerListing> getContainers() {
        return containers;
    }

    public PagedModel<RankedCollection> getCollections() {
        return collections;
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
        this.pullsPerDay = null;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
        this.pullsPerDay = null;
    }
}
