package org.sifregistry.stats.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.common.rest.ConditionalGet;
import org.sifregistry.stats.application.DailyCount;
import org.sifregistry.stats.application.RankingService;

/** Pulls per day of the visible collections, as the downloads page charts them. */
@Path("browse/downloads")
@Produces(MediaType.APPLICATION_JSON)
@ConditionalGet
@Tag(name = "browse")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class DownloadsBrowseResource {

    @Inject
    private RankingService rankings;

    @Inject
    private Caller caller;

    /**
     * @param days   the last so many days up to today (UTC), oldest first, days without pulls as 0
     * @param search part of the collections' names
     */
    @GET
    public List<DailyCount> perDay(@QueryParam("days") @DefaultValue("30") int days,
                                   @QueryParam("search") String search) {
        return rankings.pullsPerDay(days, search, caller);
    }
}
