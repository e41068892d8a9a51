package org.sifregistry.user.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.quota.application.QuotaService;
import org.sifregistry.quota.application.QuotaUse;
import org.sifregistry.user.application.TeamMember;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.application.TeamSummary;
import org.sifregistry.user.domain.TeamName;
import org.sifregistry.user.domain.Username;

/**
 * The teams page: the user's teams, and for the one chosen ({@code ?team=}) its members, with adding and removing
 * members for its owners and leaving for everyone. Every action answers with a redirect to the page it leaves.
 */
@Named
@ViewScoped
public class TeamsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/account/teams?faces-redirect=true";

    @Inject
    private QuotaService quotas;

    @Inject
    private TeamService teams;

    // Request-scoped: the caller of each request of this view, not of the first.
    @Inject
    private CallerProducer callers;

    @Inject
    private PageMessages messages;

    /** The chosen team's name as the URL gives it. */
    private String team;
    private TeamSummary selected;
    private QuotaUse selectedQuota;
    private String newTeamName;
    private String newMember;

    private final LazyDataModel<TeamSummary> mine = PagedModel.of(
            () -> teams.countMine(callers.caller()),
            page -> teams.listMine(page, callers.caller()),
            TeamSummary::name);

    private final LazyDataModel<TeamMember> members = PagedModel.of(
            () -> teams.countMembers(selectedName(), callers.caller()),
            page -> teams.listMembers(selectedName(), page, callers.caller()),
            TeamMember::username);

    /** Loads the team the URL names, if any (a view action of the first request). */
    public void load() {
        if (team == null || team.isBlank()) {
            return;
        }
        selected = messages.attempt(() -> teams.summary(new TeamName(team), callers.caller())).orElse(null);
        if (selected != null) {
            selectedQuota = quotas.ofTeam(new TeamName(team), callers.caller());
        }
    }

    public String createTeam() {
        return messages.attempt(() -> teams.create(new TeamName(newTeamName), callers.caller()).name())
                .map(created -> {
                    messages.info("teams.created", created);
                    return toTeam(created);
                })
                .orElse(null);
    }

    public String addMember() {
        if (messages.attempt(() -> teams.addMember(selectedName(), newMember, callers.caller())).isEmpty()) {
            return null;
        }
        // The name as the service read it; it was accepted, so it makes a Username
        messages.info("teams.members.added", new Username(newMember), selected.name());
        return toTeam(selectedName());
    }

    public String removeMember(String username) {
        if (messages.attempt(() -> teams.removeMember(selectedName(), username, callers.caller()),
                "teams.members.removed", username, selected.name())) {
            return toTeam(selectedName());
        }
        return null;
    }

    public String leave() {
        if (messages.attempt(() -> teams.leave(selectedName(), callers.caller()), "teams.left", selected.name())) {
            messages.keepForRedirect();
            return PAGE;
        }
        return null;
    }

    public LazyDataModel<TeamSummary> getMine() {
        return mine;
    }

    public LazyDataModel<TeamMember> getMembers() {
        return members;
    }

    /** The chosen team, or null when none is chosen or the user may not see it. */
    public TeamSummary getSelected() {
        return selected;
    }

    /** What the chosen team's images take against its quota. */
    public QuotaUse getSelectedQuota() {
        return selectedQuota;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getNewTeamName() {
        return newTeamName;
    }

    public void setNewTeamName(String newTeamName) {
        this.newTeamName = newTeamName;
    }

    public String getNewMember() {
        return newMember;
    }

    public void setNewMember(String newMember) {
        this.newMember = newMember;
    }

    private TeamName selectedName() {
        return new TeamName(selected.name());
    }

    private String toTeam(TeamName name) {
        messages.keepForRedirect();
        return PAGE + "&team=" + name;
    }
}
