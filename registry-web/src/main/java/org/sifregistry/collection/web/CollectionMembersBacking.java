package org.sifregistry.collection.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.user.domain.TeamName;

/** The owners' part of the collection page: adding and removing owners, contributors and teams. */
@Named
@ViewScoped
public class CollectionMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionService collections;

    @Inject
    private CollectionBacking page;

    @Inject
    private PageMessages messages;

    private String newOwner;
    private String newContributor;
    private String newTeam;

    public void addOwner() {
        String username = strip(newOwner);
        if (messages.attempt(() -> collections.addOwner(page.collectionName(), username, page.caller()),
                "collection.owner.added", username)) {
            newOwner = null;
        }
        page.reload();
    }

    public void removeOwner(String username) {
        messages.attempt(() -> collections.removeOwner(page.collectionName(), username, page.caller()),
                "collection.owner.removed", username);
        page.reload();
    }

    public void addContributor() {
        String username = strip(newContributor);
        if (messages.attempt(() -> collections.addContributor(page.collectionName(), username, page.caller()),
                "collection.contributor.added", username)) {
            newContributor = null;
        }
        page.reload();
    }

    public void removeContributor(String username) {
        messages.attempt(() -> collections.removeContributor(page.collectionName(), username, page.caller()),
                "collection.contributor.removed", username);
        page.reload();
    }

    public void addTeam() {
        String team = strip(newTeam);
        if (messages.attempt(() -> collections.addTeam(page.collectionName(), new TeamName(team), page.caller()),
                "collection.team.added", team)) {
            newTeam = null;
        }
        page.reload();
    }

    public void removeTeam(String team) {
        messages.attempt(() -> collections.removeTeam(page.collectionName(), new TeamName(team), page.caller()),
                "collection.team.removed", team);
        page.reload();
    }

    private static String strip(String typed) {
        return typed == null ? null : typed.strip();
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }

    public String getNewContributor() {
        return newContributor;
    }

    public void setNewContributor(String newContributor) {
        this.newContributor = newContributor;
    }

    public String getNewTeam() {
        return newTeam;
    }

    public void setNewTeam(String newTeam) {
        this.newTeam = newTeam;
    }
}
