package org.sifregistry.user.web;

import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.quota.application.QuotaService;
import org.sifregistry.quota.application.QuotaUse;
import org.sifregistry.quota.web.QuotaInputs;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.application.TeamSummary;
import org.sifregistry.user.domain.TeamName;

/**
 * The admins' teams page: every team, searched by name, with its space against its quota and a field to cap it.
 */
@Named
@ViewScoped
public class AllTeamsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TeamService teams;

    // Request-scoped: the caller of each request of this view, not of the first.
    @Inject
    private CallerProducer callers;

    @Inject
    private QuotaService quotas;

    @Inject
    private PageMessages messages;

    /** A team and what its collections' images take against its quota. */
    public record TeamRow(TeamSummary team, QuotaUse quota) implements Serializable {
    }

    /** The search text, also taken from the URL as {@code ?q=}. */
    private String search;

    /** The new quotas typed into the table, by team name. */
    private final QuotaInputs quotaInputs = new QuotaInputs();

    private final LazyDataModel<TeamRow> model = PagedModel.of(
            () -> teams.countAll(search, callers.caller()),
            page -> teams.listAll(search, page, callers.caller()).stream()
                    .map(team -> new TeamRow(team, quotas.ofTeam(new TeamName(team.name()), callers.caller())))
                    .toList(),
            row -> row.team().name());

    /** Sets the quota typed for the team: a quota, or "default" to follow REGISTRY_DEFAULT_TEAM_QUOTA again. */
    public void setQuota(String team) {
        quotaInputs.set(team, quota -> quotas.setTeamQuota(new TeamName(team), quota, callers.caller()), messages,
                "allTeams.quota.changed");
    }

    public Map<String, String> getQuotaInputs() {
        return quotaInputs.typed();
    }

    public LazyDataModel<TeamRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
