package org.sifregistry.user.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.common.RegistryException;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.user.application.TeamMember;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.application.TeamSummary;
import org.sifregistry.user.domain.TeamName;

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
    private TeamService teams;

    // Request-scoped: the caller of each request of this view, not of the first.
    @Inject
    private CallerProducer callers;

    @Inject
    private PageMessages messages;

    /** The chosen team's name as the URL gives it. */
    private String team;
    private TeamSummary selected;
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
        try {
            selected = teams.summary(new TeamName(team), callers.caller());
        } catch (RegistryException refused) {
            messages.refused(refused);
        }
    }

    public String createTeam() {
        try {
            TeamName name = new TeamName(newTeamName);
            teams.create(name, callers.caller());
            messages.info("teams.created", name);
            return toTeam(name);
        } catch (RegistryException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public String addMember() {
        try {
            teams.addMember(selectedName(), newMember, callers.caller());
            messages.info("teams.members.added", newMember.strip(), selected.name());
            return toTeam(selectedName());
        } catch (RegistryException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public String removeMember(String username) {
        try {
            teams.removeMember(selectedName(), username, callers.caller());
            messages.info("teams.members.removed", username, selected.name());
            return toTeam(selectedName());
        } catch (RegistryException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public String leave() {
        try {
            teams.leave(selectedName(), callers.caller());
            messages.info("teams.left", selected.name());
            messages.keepForRedirect();
            return PAGE;
        } catch (RegistryException refused) {
            messages.refused(refused);
            return null;
        }
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
